/**
 * No page jumps: every lesson page (both languages), the home page and the course index, at a phone's and a
 * desktop's width, loaded and then scrolled to the end as a student reads it, keeps its Cumulative Layout
 * Shift under 0.1 ("good", web.dev/articles/cls). Shifts are read with the Layout Instability API and
 * grouped into session windows as CLS defines them (gaps under 1 s, windows of at most 5 s; the largest
 * window counts). Each shift over 0.01 is printed with the elements that moved, to find its cause.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, pageScriptsRan, PHONE, siteUrl } from './browser.ts';

interface Shift {
  value: number;
  startTime: number;
  sources: string[];
}

const lessonPages = (dir: string, prefix: string): string[] =>
  readdirSync(`dist/${dir}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${prefix}${entry.name}/`);

const PAGES = [
  '/',
  '/en/',
  '/curso/',
  ...lessonPages('curso', '/curso/'),
  ...lessonPages('en/course', '/en/course/'),
];
const WIDTHS = [
  { name: 'phone', options: PHONE },
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
] as const;

/** The largest session window's sum: CLS as browsers report it. */
function cumulativeLayoutShift(shifts: readonly Shift[]): number {
  let worst = 0;
  let window = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const shift of shifts) {
    if (shift.startTime - last > 1000 || shift.startTime - windowStart > 5000) {
      window = 0;
      windowStart = shift.startTime;
    }
    window += shift.value;
    last = shift.startTime;
    worst = Math.max(worst, window);
  }
  return worst;
}

const browser = chromiumForTests();

describe('layout shift while a page loads and is read to the end', () => {
  for (const width of WIDTHS) {
    it(`stays under 0.1 on every lesson page (${width.name})`, async () => {
      const results: Array<{ path: string; cls: number; shifts: Shift[] }> = [];
      const context = await browser().newContext(width.options);
      await context.addInitScript(() => {
        const store: Shift[] = [];
        (window as unknown as { __shifts: Shift[] }).__shifts = store;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as Array<{
            value: number;
            startTime: number;
            hadRecentInput: boolean;
            sources?: Array<{ node?: Node | null }>;
          }>) {
            if (entry.hadRecentInput) continue;
            store.push({
              value: entry.value,
              startTime: entry.startTime,
              sources: (entry.sources ?? []).map((s) => {
                const node = s.node as Element | null | undefined;
                return node
                  ? `${node.nodeName.toLowerCase()}.${String(node.className?.toString() ?? '')}`
                  : '?';
              }),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const path of PAGES) {
        const page = await context.newPage();
        await page.goto(siteUrl(path), { waitUntil: 'load' });
        // `load` may come before the first paint, so before the islands' loaders watch the viewport.
        await pageScriptsRan(page);
        await page.waitForTimeout(300);
        // The page's height is read at each step: text far down keeps a placeholder height until it nears
        // the viewport (content-visibility: auto in prose.css), so the page grows or shrinks as it is read.
        const height = () => page.evaluate(() => document.documentElement.scrollHeight);
        const step = Math.round((page.viewportSize()?.height ?? 800) * 0.8);
        for (let y = step; y < (await height()) + step; y += step) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          await page.waitForTimeout(120);
        }
        await page.waitForTimeout(500);
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
        results.push({ path, cls: cumulativeLayoutShift(shifts), shifts });
        await page.close();
      }
      await context.close();
      for (const r of results) {
        const big = r.shifts.filter((s) => s.value > 0.01);
        console.log(
          `CLS ${width.name} ${r.path}: ${r.cls.toFixed(3)}` +
            big
              .map(
                (s) => `\n  ${s.value.toFixed(3)} at ${s.startTime.toFixed(0)} ms: ${s.sources.join(', ')}`,
              )
              .join(''),
        );
      }
      expect(results.filter((r) => r.cls >= 0.1).map((r) => `${r.path} ${r.cls.toFixed(3)}`)).toEqual([]);
      // ~45 pages read to the end: 100-140 s on the shared 2-core machine under load, so a generous bound.
    }, 480_000);
  }
});
