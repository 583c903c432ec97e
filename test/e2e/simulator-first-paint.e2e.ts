/**
 * A simulator island is as tall before it mounts as after (issue 20: every island reserves its final size),
 * whenever its code arrives: SimulatorFirstPaint.astro draws at build time the workbench the island first
 * shows. The test holds the island's code back until every island on the page is in view and measured, then
 * lets it through and measures again: no timing involved. Every lesson with a simulator, both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, holdScript, pageScriptsRan, PHONE, siteUrl } from './browser.ts';

/** Lesson pages (both languages) whose HTML holds a simulator island. */
const lessonsWithSimulator = (dir: string, prefix: string): string[] =>
  readdirSync(`dist/${dir}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) =>
      readFileSync(`dist/${dir}/${entry.name}/index.html`, 'utf8').includes('data-cluster-sim='),
    )
    .map((entry) => `${prefix}${entry.name}/`);

const PAGES = [
  ...lessonsWithSimulator('curso', '/curso/'),
  ...lessonsWithSimulator('en/course', '/en/course/'),
];
const CASES = [
  { name: 'phone, light', pages: PAGES, options: { ...PHONE, colorScheme: 'light' } },
  {
    name: 'desktop, dark',
    pages: PAGES,
    options: { viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
    // At 1280 px the workbench's tabs fit one row in either language (Spanish labels are the longer), and
    // the sticky drawing pane keeps within its window-high box (it overflowed by up to 112 px, over the
    // share note: simulator-workbench.css).
    desktop: true,
  },
  {
    name: 'tablet, light',
    pages: PAGES.filter((path) => path.startsWith('/curso/')),
    options: { viewport: { width: 768, height: 1024 }, colorScheme: 'light' },
  },
] as const;
/** The island's lazily loaded chunk (simulator-loader.ts imports mount-simulator.ts). */
const ISLAND_CODE = /\/mount-simulator\.[\w-]+\.js$/;
/** Sub-pixel rounding of the drawing's scaled height may differ by a pixel; a real change is tens of pixels. */
const TOLERANCE_PX = 2;

const browser = chromiumForTests();

/**
 * Each island's id, its first-paint and busy marks, its height, its tabs' and toolbar buttons' labels, and
 * what its Send form's controls hold: each field's value and, for a select, its chosen option's text and
 * every option's text (in the page's first paint the workbench sits in `.sim-workbench` too).
 */
const measure = (): Array<{
  id: string;
  firstPaint: boolean;
  busy: boolean;
  height: number;
  labels: string[];
  form: string[];
  tabRows: number;
  paneOverflow: number;
}> =>
  [...document.querySelectorAll<HTMLElement>('[data-cluster-sim]')]
    // A 5,000-node cluster starts when asked (ClusterSimulator.astro's on-demand): it does not mount here.
    .filter((root) => root.dataset.simStart !== 'on-demand')
    .map((root) => ({
      id: root.dataset.clusterSim ?? '',
      firstPaint: root.querySelector('.sim-app[data-first-paint] .sim-first-paint') !== null,
      busy: root.getAttribute('aria-busy') === 'true',
      height: root.getBoundingClientRect().height,
      labels: [...root.querySelectorAll('.sim-workbench :is(.sim-tab, .sim-toolbar button)')].map(
        (control) => control.textContent?.trim() ?? '',
      ),
      tabRows: new Set(
        [...root.querySelectorAll('.sim-workbench .sim-tab')].map((tab) =>
          Math.round(tab.getBoundingClientRect().top),
        ),
      ).size,
      paneOverflow: ((pane) => (pane ? pane.scrollHeight - pane.clientHeight : -1))(
        root.querySelector('.sim-workbench .sim-watch'),
      ),
      form: [
        ...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
          '.sim-workbench form.sim-request :is(input, select)',
        ),
      ].map((control) =>
        control instanceof HTMLSelectElement
          ? `${control.value} = ${control.selectedOptions[0]?.text ?? '(none)'} of [${[...control.options].map((o) => o.text).join(', ')}]`
          : control.value,
      ),
    }));

describe('a simulator island takes its final size from the first paint', () => {
  it('finds the lessons with a simulator', () => {
    expect(PAGES).toContain('/curso/capstone/');
    expect(PAGES).toContain('/en/course/services/');
  });

  for (const { name, pages, options, ...expected } of CASES)
    it(`keeps every island's height when it mounts (${name})`, async () => {
      const context = await browser().newContext(options);
      const moved: string[] = [];
      for (const path of pages) {
        const page = await context.newPage();
        const held = holdScript(page, ISLAND_CODE);
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        // `load` may come before the first paint, so before the islands' loaders watch the viewport.
        await pageScriptsRan(page);
        for (const island of await page.locator('[data-cluster-sim]').all())
          await island.scrollIntoViewIfNeeded();
        await held.requested;
        const before = await page.evaluate(measure);
        expect(before.length, path).toBeGreaterThan(0);
        expect(
          before.every((island) => island.firstPaint && island.busy),
          path,
        ).toBe(true);
        held.release();
        await page.waitForFunction(
          () =>
            [...document.querySelectorAll<HTMLElement>('[data-cluster-sim]')].every(
              (root) => root.dataset.simStart === 'on-demand' || root.dataset.simState === 'ready',
            ),
          null,
          { timeout: 45_000 },
        );
        const after = await page.evaluate(measure);
        expect(
          after.some((island) => island.firstPaint || island.busy),
          path,
        ).toBe(false);
        // The first paint draws the island's own tabs and toolbar buttons, with the same words, and the Send
        // form as the mounted island fills it: the same target, URL and source chosen, among the same options.
        expect(
          before.every((island) => island.labels.length > 4 && island.form.length === 3),
          path,
        ).toBe(true);
        const shown = (islands: typeof before) => islands.map(({ labels, form }) => ({ labels, form }));
        expect(shown(after), path).toEqual(shown(before));
        if ('desktop' in expected) {
          expect(
            [...before, ...after].map((island) => `${island.id}: ${island.tabRows} row(s)`),
            path,
          ).toEqual([...before, ...after].map((island) => `${island.id}: 1 row(s)`));
          expect(
            [...before, ...after].filter((island) => island.paneOverflow > 1).map((i) => i.id),
            `${path}: drawing panes running past their box`,
          ).toEqual([]);
        }
        before.forEach((island, i) => {
          const delta = after[i]!.height - island.height;
          if (Math.abs(delta) > TOLERANCE_PX)
            moved.push(
              `${path} ${island.id}: ${Math.round(island.height)} → ${Math.round(after[i]!.height)} px`,
            );
        });
        await page.close();
      }
      await context.close();
      expect(moved).toEqual([]);
    }, 180_000);

  it('shows the fallback, not the first paint, without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteUrl('/curso/capstone/'));
    expect(await page.locator('.cluster-sim .sim-fallback').isVisible()).toBe(true);
    expect(await page.locator('.cluster-sim .sim-fallback pre').first().textContent()).toContain('kind:');
    expect(await page.locator('.cluster-sim .sim-app').isVisible()).toBe(false);
    await context.close();
  });
});
