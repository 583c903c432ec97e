/**
 * When an island's code or data, or the page's own loader script, fails to load, the reader gets the
 * readable fallback back (the simulator's manifests and steps, the lab's static code) and no island stays
 * aria-busy (issue 20's review, finding 1). Every failure is made by aborting the request (page.route):
 * nothing is timed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, holdScript, pageScriptsRan, siteUrl } from './browser.ts';

/** A lesson with a simulator island and function labs. */
const LESSON = '/curso/capstone/';
/** The simulator island's lazily loaded chunk (simulator-loader.ts imports mount-simulator.ts). */
const SIMULATOR_CODE = /\/mount-simulator\.[\w-]+\.js$/;
/** The simulator island's scenario data (island-data.ts). */
const SIMULATOR_DATA = /\/simulator-data\/.+\.json$/;
/** The lab island's lazily loaded chunk (function-lab-island.ts imports lab-controller.ts). */
const LAB_CODE = /\/lab-controller\.[\w-]+\.js$/;
/** The page's own loader scripts for both islands (started after the first paint). */
const LOADERS = /\/(ClusterSimulator|FunctionLab)\.astro_astro_type_script_[\w.-]+\.js$/;
const SIM = '[data-cluster-sim]';
const LAB = '[data-function-lab]';

const browser = chromiumForTests();

/** Opens the lesson with `block`ed requests aborted, once the page's scripts ran. */
async function openBlocking(block: RegExp, options = {}): Promise<Page> {
  const page = await browser().newPage(options);
  await page.route(block, (route) => route.abort());
  await page.goto(siteUrl(LESSON));
  await pageScriptsRan(page);
  return page;
}

/** What a reader of the simulator island sees and hears. */
const simulatorView = async (page: Page) => ({
  fallback: await page.locator(`${SIM} .sim-fallback`).isVisible(),
  manifests: await page.locator(`${SIM} .sim-fallback details`).first().isVisible(),
  firstPaint: await page.locator(`${SIM} .sim-app[data-first-paint]`).isVisible(),
  busy: await page.locator(SIM).getAttribute('aria-busy'),
});

describe('a failed island load brings the readable fallback back', () => {
  it('the built HTML marks no island aria-busy (nothing would clear it without JavaScript)', () => {
    const html = readFileSync(`dist${LESSON}index.html`, 'utf8');
    const sections = html.match(/<section class="(cluster-sim|function-lab)"[^>]*>/g) ?? [];
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.filter((tag) => tag.includes('aria-busy'))).toEqual([]);
  });

  for (const [what, block] of [
    ['code', SIMULATOR_CODE],
    ['scenario data', SIMULATOR_DATA],
  ] as const)
    it(`shows the simulator's fallback and failure when its ${what} fails to load`, async () => {
      const page = await openBlocking(block);
      await page.locator(SIM).scrollIntoViewIfNeeded();
      await page.waitForSelector(`${SIM}[data-sim-state="failed"]`);
      expect(await simulatorView(page)).toEqual({
        fallback: true,
        manifests: true,
        firstPaint: false,
        busy: null,
      });
      expect(await page.locator(`${SIM} .sim-load-failed`).isVisible()).toBe(true);
      await page.close();
    }, 60_000);

  it("keeps the lab's static code and clears aria-busy when the lab's code fails to load", async () => {
    const page = await openBlocking(LAB_CODE);
    const lab = page.locator(LAB).first();
    await lab.scrollIntoViewIfNeeded();
    await page.waitForSelector(`${LAB}[data-state="load-failed"]`);
    expect(await lab.getAttribute('aria-busy')).toBe(null);
    expect(await lab.locator('.fl-fallback').first().isVisible()).toBe(true);
    expect(await lab.locator('[data-part="loading"]').isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it("shows the fallbacks, no skeleton and nothing busy when the page's loader scripts fail", async () => {
    const page = await openBlocking(LOADERS);
    expect(await page.evaluate(() => document.documentElement.dataset.scripts)).toBe('failed');
    await page.locator(SIM).scrollIntoViewIfNeeded();
    expect(await simulatorView(page)).toEqual({
      fallback: true,
      manifests: true,
      firstPaint: false,
      busy: null,
    });
    const lab = page.locator(LAB).first();
    await lab.scrollIntoViewIfNeeded();
    expect(await lab.getAttribute('aria-busy')).toBe(null);
    expect(await lab.locator('.fl-fallback').first().isVisible()).toBe(true);
    // The Run bar's place is no grey skeleton block (it would pulse forever).
    expect(await lab.locator('.fl-run').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    await page.close();
  }, 60_000);
});

describe("the lab's skeleton", () => {
  for (const [reducedMotion, animation] of [
    ['no-preference', 'fl-skeleton'],
    ['reduce', 'none'],
  ] as const)
    it(`${animation === 'none' ? 'holds still' : 'pulses'} with prefers-reduced-motion: ${reducedMotion}`, async () => {
      const page = await browser().newPage({ reducedMotion });
      const held = holdScript(page, LAB_CODE);
      await page.goto(siteUrl(LESSON));
      await pageScriptsRan(page);
      const lab = page.locator(LAB).first();
      await lab.scrollIntoViewIfNeeded();
      await held.requested;
      // Armed and waiting for its code: busy, showing its skeleton.
      expect(await lab.getAttribute('aria-busy')).toBe('true');
      expect(await lab.locator('.fl-run').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      expect(await lab.locator('.fl-run').evaluate((el) => getComputedStyle(el).animationName)).toBe(
        animation,
      );
      held.release();
      await page.close();
    }, 60_000);
});

describe("a large cluster's Start button after a failed load", () => {
  it('is enabled again, and pressing it tries the load again', async () => {
    const page = await browser().newPage();
    let requests = 0;
    // Only the large cluster's own data: the lesson's other simulator loads its data as it nears the
    // viewport, which the text laid out above it (text-ahead.ts) may bring about between two attempts.
    await page.route(/\/simulator-data\/k3s-envelope\.[\w.]+\.json$/, (route) => {
      requests += 1;
      return route.abort();
    });
    await page.goto(siteUrl('/curso/k3s/'));
    await pageScriptsRan(page);
    const root = page.locator('[data-cluster-sim][data-sim-start="on-demand"]');
    const start = root.locator('.sim-start');
    for (const attempt of [1, 2]) {
      await start.click();
      await page.waitForSelector('[data-sim-start="on-demand"][data-sim-state="failed"]');
      expect(requests, `attempt ${attempt}`).toBe(attempt);
      expect(await start.isEnabled(), `attempt ${attempt}`).toBe(true);
      expect(await root.getAttribute('aria-busy')).toBe(null);
    }
    await page.close();
  }, 60_000);
});
