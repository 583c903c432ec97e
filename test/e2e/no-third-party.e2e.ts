/**
 * Issue 19, finding 9: with default settings no page asks another host for anything (the README
 * promises it; WebContainer talks to StackBlitz only once the student picks it). Crawls every page
 * reachable from both home pages, mounts every island it finds, and fails on any foreign request.
 */
import { describe, expect, it } from 'vitest';
import { chromiumForTests, siteUrl } from './browser.ts';

describe('no third-party requests', () => {
  const browser = chromiumForTests();

  it('crawls every page with default settings and contacts only the site itself', async () => {
    const origin = new URL(siteUrl('/')).origin;
    const context = await browser().newContext();
    const foreign: string[] = [];
    context.on('request', (request) => {
      const url = request.url();
      if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin)
        foreign.push(`${url} (from ${request.frame().url()})`);
    });
    const page = await context.newPage();
    const queue = [siteUrl('/'), siteUrl('/en/')];
    const seen = new Set(queue);
    let pages = 0;
    let labPages = 0;
    while (queue.length > 0) {
      const url = queue.shift()!;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response || response.status() >= 400) continue;
      pages++;
      // Islands mount when seen: scroll through the page, then give a lab island time to decide.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
      });
      if ((await page.locator('[data-function-lab]').count()) > 0) {
        labPages++;
        await page.waitForSelector('[data-function-lab][data-state="ready"]', { timeout: 30_000 });
      }
      await page.waitForTimeout(300);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      );
      for (const link of links) {
        const next = new URL(link);
        next.hash = '';
        if (next.origin !== origin || seen.has(next.href)) continue;
        if (/\.(ya?ml|json|txt|zip|png|svg)$/.test(next.pathname)) continue;
        seen.add(next.href);
        queue.push(next.href);
      }
    }
    console.log(`crawled ${pages} pages (${labPages} with a lab), ${foreign.length} requests to other hosts`);
    expect(pages).toBeGreaterThan(10);
    expect(labPages).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await context.close();
  }, 600_000);
});
