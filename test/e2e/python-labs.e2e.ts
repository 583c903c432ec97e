/**
 * Every Python lab on its lesson page in Chromium, under the real CSP, with Pyodide served by the site
 * itself: the starter fails a check, a correct handler typed in the editor passes all, `while True: pass`
 * is stopped at exec_timeout while the page stays responsive (longest main-thread task printed), and the
 * export dialog offers the three formats with the Python artefacts. Prints the bytes a Python lab page
 * downloads (when Pyodide loads: python-prewarm.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getLab, labInLanguage } from '../../labs/index.ts';
import { chromiumForTests, openPage } from './browser.ts';

const PYTHON_LABS = [
  { id: 'hello', page: '/en/course/openfaas/' },
  { id: 'banner', page: '/en/course/openfaas/' },
  { id: 'search-term', page: '/en/course/openfaas/' },
  { id: 'sensor-aggregation', page: '/en/course/capstone/' },
] as const;

const LOOP = 'def handle(event, context):\n    while True:\n        pass\n';

const labOf = (id: string): string => `[data-function-lab][data-lab-id="${id}"]`;

async function ready(page: Page, id: string): Promise<void> {
  await page.locator(labOf(id)).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${labOf(id)}[data-state="ready"]`, { timeout: 30_000 });
}

/** Shows the lab in Python: the language menu remembers the choice and reloads the page. */
async function choosePython(page: Page, id: string): Promise<void> {
  await ready(page, id);
  if ((await page.locator(labOf(id)).getAttribute('data-language')) === 'python') return;
  await Promise.all([
    page.waitForEvent('load'),
    page.locator(`${labOf(id)} [data-part="language-select"]`).selectOption('python'),
  ]);
  await ready(page, id);
  expect(await page.locator(labOf(id)).getAttribute('data-language')).toBe('python');
}

async function typeHandler(page: Page, id: string, source: string): Promise<void> {
  await page.locator(`${labOf(id)} .cm-content`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(source);
}

async function runChecks(page: Page, id: string): Promise<'ok' | 'error'> {
  const summary = page.locator(`${labOf(id)} [data-part="check-summary"]`);
  await page.locator(`${labOf(id)} [data-part="check"]`).click();
  await page.waitForFunction(
    (selector) => {
      const outcome = document.querySelector(selector)?.getAttribute('data-outcome');
      return outcome === 'ok' || outcome === 'error';
    },
    `${labOf(id)} [data-part="check-summary"]`,
    { timeout: 180_000 },
  );
  return (await summary.getAttribute('data-outcome')) as 'ok' | 'error';
}

describe('Python labs on their lesson pages (Pyodide)', () => {
  const browser = chromiumForTests();

  for (const { id, page: path } of PYTHON_LABS)
    it(`${id}: starter fails, typed solution passes, a loop stops at exec_timeout, export has 3 formats`, async () => {
      const lab = labInLanguage(getLab(id)!, 'python')!;
      const page = await openPage(browser(), path);
      let bytes = 0;
      let pyodideBytes = 0;
      page.context().on('requestfinished', (request) => {
        void request.sizes().then((sizes) => {
          bytes += sizes.responseBodySize + sizes.responseHeadersSize;
          if (request.url().includes('/pyodide/')) pyodideBytes += sizes.responseBodySize;
        });
      });
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      await choosePython(page, id);
      expect(
        await page
          .locator(`${labOf(id)} .fl-tabs [role="tab"]`)
          .first()
          .textContent(),
      ).toBe('handler.py');

      const began = Date.now();
      expect(await runChecks(page, id)).toBe('error');
      console.log(
        `${id}: Run → starter checks done (Pyodide cold, download + compile): ${Date.now() - began} ms`,
      );

      await typeHandler(page, id, lab.solution['handler.py']!);
      expect(await runChecks(page, id)).toBe('ok');
      expect(await page.locator(`${labOf(id)} .fl-check--pass`).count()).toBe(lab.checks.length);

      // Through the simulated cluster: the Python export's pods answered by the handler in Pyodide.
      await page.locator(`${labOf(id)} [data-part="cluster"]`).click();
      await page.waitForFunction(
        (selector) =>
          /your function answered \d{3}/.test(document.querySelector(selector)?.textContent ?? ''),
        `${labOf(id)} [data-part="cluster-status"]`,
        { timeout: 30_000 },
      );

      // A runaway handler: the watchdog answers 504 at exec_timeout; the page keeps its frames.
      await typeHandler(page, id, LOOP);
      await page.evaluate(() => {
        const w = window as unknown as { longest: number; ticks: number };
        w.longest = 0;
        w.ticks = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
        }).observe({ type: 'longtask', buffered: false });
        setInterval(() => w.ticks++, 50);
      });
      const loopStart = Date.now();
      await page.locator(`${labOf(id)} [data-part="invoke"]`).click();
      await page.waitForFunction(
        (selector) => /^Response 504/.test(document.querySelector(selector)?.textContent ?? ''),
        `${labOf(id)} [data-part="response-summary"]`,
        { timeout: 60_000 },
      );
      const loopMs = Date.now() - loopStart;
      const { longest, ticks } = await page.evaluate(() => {
        const w = window as unknown as { longest: number; ticks: number };
        return { longest: w.longest, ticks: w.ticks };
      });
      console.log(
        `${id}: while True: pass → 504 after ${loopMs} ms (exec_timeout ${lab.limits.execTimeoutMs} ms); longest main-thread task ${Math.round(longest)} ms; ${ticks} ticks of a 50 ms timer`,
      );
      expect(longest).toBeLessThan(1_000);
      expect(ticks).toBeGreaterThan(lab.limits.execTimeoutMs / 50 / 4);

      // The export dialog of this lab: three formats, Python artefacts.
      await page.locator(`${labOf(id)} [data-export-dialog] [data-part="open"]`).click();
      await page.waitForSelector('dialog.export-dialog[open]');
      const dialog = page.locator('dialog.export-dialog[open]');
      expect(await dialog.locator('input[type="radio"]').count()).toBe(3);
      expect(await dialog.locator('[data-part="yaml"]').textContent()).toContain('/app/server.py');
      await dialog.locator('[data-part="format-stack"]').check();
      expect(await dialog.locator('[data-part="yaml"]').textContent()).toContain('lang: python3-http');
      expect(await dialog.locator('[data-part="commands"]').textContent()).toContain(
        'faas-cli template store pull python3-http',
      );
      await dialog.locator('[data-part="format-crd"]').check();
      expect(await dialog.locator('[data-part="yaml"]').textContent()).toContain('kind: Function');
      console.log(
        `${id}: page downloaded ${(bytes / 1048576).toFixed(2)} MB, of which Pyodide ${(pyodideBytes / 1048576).toFixed(2)} MB`,
      );
      await page.context().close();
    }, 300_000);
});
