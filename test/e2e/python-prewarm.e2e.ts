/**
 * Python boots ahead of the student's first Run: a Python lab starts Pyodide in a worker as it nears the
 * viewport, so Run only loads handler.py (no download, no compile on the click), and the lab is marked
 * `data-runtime-warm`; with two Python labs, one boot at a time; with the browser's data saver on nothing
 * of Pyodide loads until Run; a page without a Python lab loads none of it.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumForTests, pageScriptsRan, siteUrl } from './browser.ts';

const HELLO = '[data-function-lab][data-lab-id="hello"]';
const BANNER = '[data-function-lab][data-lab-id="banner"]';
const isPyodide = (url: string): boolean => url.includes('/pyodide/');

/** A page whose requests are all recorded, from the first one on. */
async function recordedPage(context: BrowserContext, path: string): Promise<{ page: Page; asked: string[] }> {
  const asked: string[] = [];
  context.on('request', (request) => asked.push(request.url()));
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  await pageScriptsRan(page);
  return { page, asked };
}

async function labReady(page: Page, lab = HELLO): Promise<void> {
  await page.locator(lab).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${lab}[data-state="ready"][data-language="python"]`, { timeout: 30_000 });
}

/** Presses Invoke on the function (not running yet: Invoke starts it) and waits for its answer. */
async function invoke(page: Page, lab = HELLO): Promise<string> {
  await page.locator(`${lab} [data-part="invoke"]`).click();
  await page.waitForFunction(
    (selector) => /^(Response|Respuesta) \d/.test(document.querySelector(selector)?.textContent ?? ''),
    `${lab} [data-part="response-summary"]`,
    { timeout: 120_000 },
  );
  return (await page.locator(`${lab} [data-part="response-summary"]`).textContent()) ?? '';
}

describe('Python boots before the first Run', () => {
  const browser = chromiumForTests();

  it('a page without a Python lab loads no Pyodide byte', async () => {
    const context = await browser().newContext();
    const { page, asked } = await recordedPage(context, '/en/course/kubernetes/');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(1_000);
    expect(asked.filter(isPyodide)).toEqual([]);
    await context.close();
  });

  it('a Python lab near the viewport boots Pyodide; the first Run downloads nothing and answers', async () => {
    const context = await browser().newContext();
    const { page, asked } = await recordedPage(context, '/en/course/openfaas/');
    await labReady(page);
    await page.waitForSelector(`${HELLO}[data-runtime-warm]`, { timeout: 120_000 });
    expect(asked.some((url) => isPyodide(url) && url.endsWith('.wasm'))).toBe(true);
    const before = asked.length;
    expect(await invoke(page)).toMatch(/^Response 200/);
    expect(asked.slice(before).filter(isPyodide)).toEqual([]);
    await context.close();
  }, 180_000);

  it('two Python labs: the one whose Run took the boot runs, the other is marked ready only once its own worker booted', async () => {
    const context = await browser().newContext();
    const { page } = await recordedPage(context, '/en/course/openfaas/');
    const workers: string[] = [];
    page.on('worker', (worker) => void (/pyodide-worker/.test(worker.url()) && workers.push(worker.url())));
    await labReady(page, BANNER);
    await labReady(page, HELLO);
    // Run at once: hello's start takes over the boot under way (or the worker it left in the pool).
    expect(await invoke(page, HELLO)).toMatch(/^Response 200/);
    await page.waitForSelector(`${BANNER}[data-runtime-warm]`, { timeout: 120_000 });
    const booted = workers.length;
    expect(booted).toBe(2);
    expect(await invoke(page, BANNER)).toMatch(/^Response \d/);
    expect(workers.length).toBe(booted);
    await context.close();
  }, 240_000);

  it('Run pressed while Python boots takes that boot over; no second worker boots for the same lab', async () => {
    const context = await browser().newContext();
    // The capstone renders sensor-aggregation in Node; the student's saved choice shows it in Python.
    await context.addInitScript(() =>
      localStorage.setItem('faaslab:lab-language:sensor-aggregation', 'python'),
    );
    const { page } = await recordedPage(context, '/en/course/capstone/');
    const workers: string[] = [];
    page.on('worker', (worker) => void (/pyodide-worker/.test(worker.url()) && workers.push(worker.url())));
    const lab = '[data-function-lab][data-lab-id="sensor-aggregation"]';
    await labReady(page, lab);
    // Run at once (on a fast machine the boot may already be done: then the pooled worker serves).
    expect(await invoke(page, lab)).toMatch(/^Response \d/);
    expect(workers).toHaveLength(1);
    await context.close();
  }, 180_000);

  it('with data saver on, Pyodide loads only when the student runs', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'connection', {
        configurable: true,
        get: () => ({ saveData: true }),
      }),
    );
    const { page, asked } = await recordedPage(context, '/curso/openfaas/');
    await labReady(page);
    await page.waitForTimeout(1_500);
    expect(asked.filter(isPyodide)).toEqual([]);
    expect(await page.locator(`${HELLO} [data-part="runtime-why"]`).textContent()).toContain(
      'ahorro de datos',
    );
    expect(await invoke(page)).toMatch(/^Respuesta 200/);
    expect(asked.some((url) => isPyodide(url) && url.endsWith('.wasm'))).toBe(true);
    await context.close();
  }, 180_000);
});
