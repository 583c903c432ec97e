/**
 * A long lesson's text far below the first screen skips layout and paint until it nears the viewport
 * (`content-visibility: auto`, src/styles/prose.css), so its first layout is cheap. What a reader does must
 * still work on such text: a link to a #heading far down lands on that heading, the browser's find-in-page
 * finds and shows a phrase in a skipped paragraph, and the text is rendered once scrolled to.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, pageScriptsRan, PHONE, siteUrl } from './browser.ts';

const browser = chromiumForTests();
const WIDTHS = [
  { name: 'phone', options: PHONE },
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
] as const;

/** Waits until the page has stopped scrolling (two frames in a row at the same scroll position). */
async function scrollSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const y = scrollY;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY === y)));
      }),
  );
}

describe('lesson text skipped until near the viewport', () => {
  for (const width of WIDTHS) {
    it(`is skipped far down, and a #heading link and find-in-page still reach it (${width.name})`, async () => {
      const context = await browser().newContext(width.options);
      // As on a page that has had no idle time yet: the site's script lays the skipped text out in idle
      // time (text-ahead.ts), and what is checked here is how skipped text behaves.
      await context.addInitScript(() => {
        window.requestIdleCallback = () => 0;
      });
      const page = await context.newPage();
      await page.goto(siteUrl('/curso/services/'));
      await pageScriptsRan(page);
      // The lesson's last list is far below the first screen: its items are skipped (not rendered).
      const list = await page.evaluateHandle(() =>
        Array.from(document.querySelectorAll('.prose > ul, .prose > ol')).at(-1)!,
      );
      const itemRendered = () =>
        list.evaluate((l) => l.lastElementChild!.checkVisibility({ contentVisibilityAuto: true }));
      expect(await list.evaluate((l) => l.getBoundingClientRect().top > 3 * innerHeight)).toBe(true);
      expect(await itemRendered()).toBe(false);

      // Find-in-page finds a phrase of its last item, selects it and brings it into view, rendered.
      const phrase = await list.evaluate((l) =>
        l.lastElementChild!.textContent!.trim().split(/\s+/).slice(0, 5).join(' '),
      );
      const find = (text: string) => (window as unknown as { find(s: string): boolean }).find(text);
      expect(await page.evaluate(find, phrase)).toBe(true);
      expect(
        await list.evaluate((l) => {
          const node = getSelection()!.anchorNode;
          return node !== null && l.lastElementChild!.contains(node);
        }),
      ).toBe(true);
      await scrollSettled(page);
      expect(await itemRendered()).toBe(true);
      expect(
        await list.evaluate((l) => {
          const box = l.lastElementChild!.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        }),
      ).toBe(true);

      // A link to the last heading, opened afresh, lands on that heading at the top of the viewport.
      const id = await page.$eval('.prose > h2:last-of-type', (h) => h.id);
      expect(id).not.toBe('');
      const anchored = await context.newPage();
      await anchored.goto(siteUrl(`/curso/services/#${id}`));
      await pageScriptsRan(anchored);
      await scrollSettled(anchored);
      const top = await anchored.$eval(`[id="${id}"]`, (h) => h.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(anchored.viewportSize()!.height / 3);

      // The table of contents' link to it, clicked on the first page, lands there too.
      await page.$eval(`[data-toc] a[href="#${id}"]`, (a) => (a as HTMLAnchorElement).click());
      await scrollSettled(page);
      const tocTop = await page.$eval(`[id="${id}"]`, (h) => h.getBoundingClientRect().top);
      expect(tocTop).toBeGreaterThanOrEqual(0);
      expect(tocTop).toBeLessThan(page.viewportSize()!.height / 3);
      await context.close();
    });
  }

  for (const width of WIDTHS)
    it(`is laid out soon after loading, so a jump far down meets no placeholder height (${width.name})`, async () => {
      const context = await browser().newContext(width.options);
      const page = await context.newPage();
      await page.goto(siteUrl('/curso/services/'));
      await pageScriptsRan(page);
      // The page's script marks every block to be laid out, those far away in idle time (text-ahead.ts).
      await page.waitForFunction(
        () => document.querySelectorAll('.prose > :not([data-near])').length === 0,
        null,
        {
          timeout: 20_000,
        },
      );
      const list = await page.evaluateHandle(() =>
        Array.from(document.querySelectorAll('.prose > ul, .prose > ol')).at(-1)!,
      );
      expect(await list.evaluate((l) => l.getBoundingClientRect().top > 3 * innerHeight)).toBe(true);
      expect(
        await list.evaluate((l) => l.lastElementChild!.checkVisibility({ contentVisibilityAuto: true })),
      ).toBe(true);
      // A jump to the last list finds the page as tall as it said it was: no block grows on arrival.
      const before = await page.evaluate(() => document.documentElement.scrollHeight);
      await list.evaluate((l) => l.scrollIntoView({ block: 'center' }));
      await scrollSettled(page);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(before);
      await context.close();
    });

  for (const width of WIDTHS)
    it(`a reload keeps the reader on the text they were reading (${width.name})`, async () => {
      const context = await browser().newContext(width.options);
      const page = await context.newPage();
      await page.goto(siteUrl('/curso/services/'));
      await pageScriptsRan(page);
      // The reader scrolls down through the lesson, half a screen at a time, to a paragraph deep in it.
      const target = await page.evaluate(async () => {
        const paragraphs = Array.from(document.querySelectorAll('.prose > p'));
        const index = Math.floor(paragraphs.length * 0.7);
        const p = paragraphs[index]!;
        const frame = () =>
          new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        while (p.getBoundingClientRect().top > innerHeight / 3) {
          scrollBy(0, innerHeight / 2);
          await frame();
        }
        return { index, top: p.getBoundingClientRect().top };
      });
      expect(await page.evaluate(() => 'restored' in document.documentElement.dataset)).toBe(false);
      await page.reload();
      await pageScriptsRan(page);
      await scrollSettled(page);
      expect(await page.evaluate(() => 'restored' in document.documentElement.dataset)).toBe(true);
      const top = await page.evaluate(
        (index) => document.querySelectorAll('.prose > p')[index]!.getBoundingClientRect().top,
        target.index,
      );
      expect(Math.abs(top - target.top)).toBeLessThan(40);
      await context.close();
    });
});
