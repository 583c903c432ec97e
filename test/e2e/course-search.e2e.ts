/**
 * Pagefind finds every lesson by its key term, in both languages, through the site's search dialog:
 * a Spanish term from a Spanish page lists the Spanish lesson, an English one the English lesson.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage } from './browser.ts';

/** Each lesson's slug and a term it teaches, as the lesson writes it in each language. */
const KEY_TERMS: ReadonlyArray<readonly [slug: string, es: string, en: string]> = [
  ['intro', 'hipervisor', 'hypervisor'],
  ['serverless', 'despachador', 'dispatcher'],
  ['faas', 'equilibrio', 'concurrency'],
  ['openfaas', 'watchdog', 'watchdog'],
  ['kubernetes', 'ReplicaSet', 'ReplicaSet'],
  ['services', 'externalTrafficPolicy', 'externalTrafficPolicy'],
  ['k3s', 'VXLAN', 'VXLAN'],
  ['compose-to-kubernetes', 'kompose', 'kompose'],
  ['openfaas-on-kubernetes', 'arkade', 'arkade'],
  ['capstone', 'contador', 'counter'],
];

const browser = chromiumForTests();

/** Types `query` into the open search dialog and returns the result links once they match `expected`. */
async function resultsFor(page: Page, query: string, expected: string): Promise<string[]> {
  await page.fill('[data-search-input]', query);
  await page
    .waitForFunction(
      (href) =>
        [...document.querySelectorAll('[data-search-results] a')].some(
          (a) => a.getAttribute('href') === href,
        ),
      expected,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  return page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe.each([
  ['es', '/curso/', (slug: string) => `/curso/${slug}/`, 1],
  ['en', '/en/course/', (slug: string) => `/en/course/${slug}/`, 2],
] as const)('search in %s', (lang, index, pathOf, column) => {
  it('finds each lesson by its key term, and only pages in that language', async () => {
    const page = await openPage(browser(), index);
    await page.keyboard.press('Control+k');
    await page.waitForSelector('dialog[data-search-dialog][open]');
    const missing: string[] = [];
    for (const row of KEY_TERMS) {
      const [slug] = row;
      const term = row[column];
      const hrefs = await resultsFor(page, term, pathOf(slug));
      if (!hrefs.includes(pathOf(slug)))
        missing.push(`${term} → ${pathOf(slug)} (got ${hrefs.join(', ') || 'nothing'})`);
      expect(
        hrefs.every((href) => (lang === 'en' ? href.startsWith('/en/') : !href.startsWith('/en/'))),
        `${term}: ${hrefs.join(', ')}`,
      ).toBe(true);
    }
    expect(missing).toEqual([]);
    await page.context().close();
  });
});
