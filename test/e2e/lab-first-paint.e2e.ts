/**
 * A function lab is as tall before its island mounts as after (issue 20: every island reserves its final
 * size), whenever the island's code arrives. On a loaded phone it arrives while the lab is on screen, and
 * any difference moved the lesson (layout-shift.e2e.ts was flaky on /curso/capstone/). The test holds the
 * island's code back until every lab is in view and measured, then lets it through: no timing involved.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, holdScript, pageScriptsRan, PHONE, siteUrl } from './browser.ts';

/** Pages whose labs cover Node, Python and two-language labs, in both languages. */
const PAGES = ['/curso/capstone/', '/en/course/openfaas/'];
const CASES = [
  { name: 'phone, light', options: { ...PHONE, colorScheme: 'light' } },
  { name: 'desktop, dark', options: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' } },
] as const;
/** The island's lazily loaded chunk (function-lab-island.ts imports lab-controller.ts). */
const ISLAND_CODE = /\/lab-controller\.[\w-]+\.js$/;

const browser = chromiumForTests();

/** Each lab's id, state and height. */
const measure = (): Array<{ id: string; state: string; height: number }> =>
  [...document.querySelectorAll<HTMLElement>('[data-function-lab]')].map((lab) => ({
    id: lab.dataset.labId ?? '',
    state: lab.dataset.state ?? '',
    height: Math.round(lab.getBoundingClientRect().height),
  }));

describe('a function lab takes its final size from the first paint', () => {
  for (const { name, options } of CASES)
    for (const path of PAGES)
      it(`keeps every lab's height on ${path} when the island mounts (${name})`, async () => {
        const context = await browser().newContext(options);
        const page = await context.newPage();
        const held = holdScript(page, ISLAND_CODE);
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        // `load` may come before the first paint, so before the islands' loaders watch the viewport.
        await pageScriptsRan(page);
        // Every lab comes into view (and asks for the island's code, which waits).
        for (const lab of await page.locator('[data-function-lab]').all()) await lab.scrollIntoViewIfNeeded();
        await held.requested;
        const before = await page.evaluate(measure);
        expect(before.length).toBeGreaterThan(0);
        expect(before.every((lab) => lab.state === 'static')).toBe(true);
        const shot = name.startsWith('phone') && path === PAGES[0];
        if (shot) await shotOfFirstLab(page, 'before');
        held.release();
        await page.waitForFunction(
          (count) => document.querySelectorAll('[data-function-lab][data-state="ready"]').length === count,
          before.length,
        );
        if (shot) await shotOfFirstLab(page, 'after');
        const after = await page.evaluate(measure);
        expect(after.map(({ id, height }) => ({ id, height }))).toEqual(
          before.map(({ id, height }) => ({ id, height })),
        );
        await context.close();
      }, 60_000);
});

/** test-results/screenshots/lab-first-paint-WHEN.png: the first lab, to look at. */
async function shotOfFirstLab(page: Page, when: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  const lab = page.locator('[data-function-lab]').first();
  await lab.scrollIntoViewIfNeeded();
  await lab.screenshot({ path: `test-results/screenshots/lab-first-paint-${when}.png` });
}
