/**
 * Every lesson page with an island, in Spanish and English, on a desktop (and the densest ones on a
 * phone too): each island mounts when scrolled to (simulators, labs and OpenFaaS islands ready,
 * calculator and converter mounted) and the page logs no console error, throws nothing and never
 * scrolls sideways. Full-page screenshots are saved for a person to look at
 * (test-results/screenshots/course-LANG-SLUG-desktop|phone.png).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { chromiumForTests, openPage, PHONE, screenshot } from './browser.ts';

/** Lessons that embed islands, and how many simulators, labs and other islands each shows (exactly these). */
const LESSONS_WITH_ISLANDS: ReadonlyArray<
  readonly [slug: string, simulators: number, labs: number, others: number]
> = [
  ['intro', 0, 0, 1],
  ['serverless', 0, 0, 1],
  ['faas', 0, 0, 1],
  ['openfaas', 0, 3, 1],
  ['kubernetes', 2, 0, 0],
  ['services', 6, 0, 0],
  ['k3s', 2, 0, 0],
  ['compose-to-kubernetes', 1, 0, 1],
  ['openfaas-on-kubernetes', 1, 0, 1],
  ['capstone', 1, 3, 0],
];
/** Lessons also walked on a phone (the most islands per page); the rest share their layout. */
const ON_PHONE = new Set(['openfaas', 'services', 'capstone']);
const PATHS = {
  es: (slug: string) => `/curso/${slug}/`,
  en: (slug: string) => `/en/course/${slug}/`,
} as const;

/** The selector of an island and the attribute it gets once mounted. */
const ISLANDS = [
  { selector: '[data-cluster-sim]', mounted: '[data-sim-ready="true"]' },
  { selector: '[data-function-lab]', mounted: '[data-state="ready"]' },
  { selector: '[data-cost-calculator]', mounted: '[data-mounted]' },
  { selector: '[data-compose-converter]', mounted: '[data-mounted]' },
  { selector: '[data-openfaas-load]', mounted: '[data-state="ready"]' },
  { selector: '[data-serverless-architecture]', mounted: '[data-state="ready"]' },
] as const;

const browser = chromiumForTests();

async function visit(
  lang: 'es' | 'en',
  slug: string,
  device: 'desktop' | 'phone',
): Promise<{ counts: number[]; errors: string[]; overflow: number }> {
  const options: BrowserContextOptions =
    device === 'phone' ? PHONE : { viewport: { width: 1280, height: 900 } };
  const page = await openPage(browser(), PATHS[lang](slug), options);
  const errors: string[] = [];
  page.on('console', (m) => {
    // A lab first tries to boot a WebContainer, which loads from stackblitz.com; this machine has no network,
    // so that load fails and the lab falls back to the in-browser sandbox (what runtime-sandbox.e2e.ts tests).
    const offlineWebContainer =
      /^https:\/\/stackblitz\.com\//.test(m.location().url) &&
      /ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/.test(m.text());
    if (m.type() === 'error' && !offlineWebContainer) errors.push(`${m.text()} @ ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  const counts: number[] = [];
  for (const { selector, mounted } of ISLANDS) {
    const islands = page.locator(selector);
    const count = await islands.count();
    counts.push(count);
    for (let i = 0; i < count; i++) {
      const island = islands.nth(i);
      await island.scrollIntoViewIfNeeded();
      // A very large cluster (the 5,000-node envelope) mounts when its button is pressed, not on scroll.
      if ((await island.getAttribute('data-sim-start')) === 'on-demand')
        await island.locator('.sim-start').click();
      await page.waitForSelector(`${selector}${mounted} >> nth=${i}`, { timeout: 60_000 });
    }
  }
  // Wide content (editors, diagrams) must scroll inside its island, never the whole page sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await screenshot(page, `course-${lang}-${slug}-${device}`);
  await page.context().close();
  return { counts, errors, overflow };
}

describe.each(['es', 'en'] as const)('lesson pages with islands in %s', (lang) => {
  it.each(LESSONS_WITH_ISLANDS)(
    '%s mounts its islands without console errors',
    async (slug, simulators, labs, others) => {
      for (const device of ON_PHONE.has(slug) ? (['desktop', 'phone'] as const) : (['desktop'] as const)) {
        const { counts, errors, overflow } = await visit(lang, slug, device);
        const [sims = 0, labCount = 0, ...rest] = counts;
        expect([sims, labCount, rest.reduce((a, b) => a + b, 0)], `${lang}/${slug} ${device}`).toEqual([
          simulators,
          labs,
          others,
        ]);
        expect(errors, `${lang}/${slug} ${device}`).toEqual([]);
        expect(overflow, `${lang}/${slug} ${device}: the page scrolls sideways`).toBeLessThanOrEqual(0);
      }
    },
  );
});
