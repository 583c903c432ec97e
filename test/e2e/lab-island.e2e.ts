/**
 * The FunctionLab island in Chromium on the built demo page, with the sandbox runtime (WebContainers
 * cannot boot here: StackBlitz is unreachable). Prints Run → first response and the longest
 * main-thread task while a `while(true){}` handler hangs.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage, PHONE, screenshot } from './browser.ts';
import { axeViolations } from './axe.ts';

const LAB = '[data-function-lab]';

/** Waits until the island has loaded its editor and runtime code. */
async function ready(page: Page): Promise<void> {
  await page.locator(LAB).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${LAB}[data-state="ready"]`, { timeout: 20_000 });
}

/** Replaces handler.js in the editor by typing, as a student would (select all, then type). */
async function typeHandler(page: Page, source: string): Promise<void> {
  await page.locator(`${LAB} .cm-content`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText bypasses auto-closing brackets, so the text is exactly `source`.
  await page.keyboard.insertText(source);
}

async function chooseSandbox(page: Page): Promise<void> {
  await page.locator('[data-part="runtime-select"]').selectOption('sandbox');
  await page.waitForSelector(`${LAB}[data-runtime="sandbox"]`);
}

async function runAndWait(page: Page): Promise<void> {
  await page.locator('[data-part="run"]').click();
  await page.waitForSelector(`${LAB}[data-run-state="running"]`, { timeout: 20_000 });
}

const HELLO = `'use strict'
module.exports = async (event, context) => {
  console.log('body is', String(event.body))
  return context.status(200).headers({ 'content-type': 'text/plain' }).succeed('Hello! You said: ' + event.body)
}
`;

describe('FunctionLab island (sandbox runtime)', () => {
  const browser = chromiumForTests();

  it('runs the sandbox by default, and falls back with its reason when the chosen WebContainer cannot boot', async () => {
    const page = await openPage(browser(), '/en/dev/lab/');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await ready(page);
    await page.waitForSelector(`${LAB}[data-runtime="sandbox"]`, { timeout: 15_000 });
    expect(await page.locator('[data-part="runtime-why"]').textContent()).toMatch(
      /The sandbox is the default/,
    );
    // Only once the student picks WebContainer is StackBlitz asked (offline here: it does not answer).
    const readyAt = await page.evaluate(() => performance.now());
    await page.locator('[data-part="runtime-select"]').selectOption('webcontainer');
    await page.waitForFunction(
      () =>
        /WebContainer cannot run here/.test(
          document.querySelector('[data-part="runtime-why"]')?.textContent ?? '',
        ),
      null,
      { timeout: 15_000 },
    );
    const decidedMs = (await page.evaluate(() => performance.now())) - readyAt;
    const why = await page.locator('[data-part="runtime-why"]').textContent();
    console.log(`runtime fallback after ${Math.round(decidedMs)} ms: ${why}`);
    expect(why).toMatch(/WebContainer cannot run here: StackBlitz did not answer/);
    await screenshot(page, 'lab-fallback');
    await page.context().close();
  });

  it("reveals the solution only after confirming, and undo brings the student's code back", async () => {
    const page = await openPage(browser(), '/dev/lab/');
    await ready(page);
    await typeHandler(page, '// mi versión\n');
    let confirmed = 0;
    page.on('dialog', (dialog) => {
      confirmed++;
      void (confirmed === 1 ? dialog.dismiss() : dialog.accept());
    });
    await page.locator('[data-part="solution"]').click();
    expect(await page.locator(`${LAB} .cm-content`).textContent()).toContain('mi versión');
    await page.locator('[data-part="solution"]').click();
    expect(await page.locator(`${LAB} .cm-content`).textContent()).toContain('Hello! You said: ');
    await page.locator('[data-part="undo"]').click();
    expect(await page.locator(`${LAB} .cm-content`).textContent()).toContain('mi versión');
    // Keyboard: the file tabs follow the ARIA tabs pattern.
    await page.locator('[role="tab"][data-file="handler.js"]').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[role="tab"][data-file="package.json"]').getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.locator(`${LAB} .cm-content`).textContent()).toContain('"name": "hello"');
    expect(await page.locator(`${LAB} .cm-content`).getAttribute('aria-label')).toBe(
      'Editor de package.json',
    );
    await page.context().close();
  });

  it('edits the hello handler, runs, invokes and passes the checks; the edits survive a reload', async () => {
    // bypassCSP only so axe-core can be injected; the other tests run the sandbox under the real CSP.
    const page = await openPage(browser(), '/en/dev/lab/', { bypassCSP: true });
    await ready(page);
    await chooseSandbox(page);
    await typeHandler(page, HELLO);
    const began = await page.evaluate(() => performance.now());
    await page.locator('[data-part="run"]').click();
    await page.locator('[data-part="invoke"]').click();
    await page.waitForFunction(
      () => /^Response 200/.test(document.querySelector('[data-part="response-summary"]')?.textContent ?? ''),
      null,
      { timeout: 20_000 },
    );
    const firstResponseMs = (await page.evaluate(() => performance.now())) - began;
    console.log(`Run → first response (sandbox, cold worker + QuickJS): ${Math.round(firstResponseMs)} ms`);
    expect(await page.locator('[data-part="response-body"]').textContent()).toBe(
      "Hello! You said: it's john here",
    );
    expect(await page.locator('[data-part="curl"]').textContent()).toContain('/function/hello');
    await page.waitForSelector('.fl-log-text:has-text("body is it\'s john here")');

    await page.locator('[data-part="check"]').click();
    await page.waitForSelector('[data-part="check-summary"][data-outcome="ok"]', { timeout: 20_000 });
    expect(await page.locator('.fl-check--pass').count()).toBe(2);
    expect(await page.locator('[data-part="done"]').isVisible()).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.includes('lab/hello')))).toBe(
      true,
    );

    await page.locator('[data-part="cluster"]').click();
    await page.waitForFunction(
      () =>
        /your function answered 200/.test(
          document.querySelector('[data-part="cluster-status"]')?.textContent ?? '',
        ),
      null,
      { timeout: 30_000 },
    );
    const hops = await page.locator('[data-part="cluster-trace"] .fl-hop-kind').allTextContents();
    // Hop names as the simulator shows them, not raw ids such as "ingress-rule".
    expect(hops).toEqual(expect.arrayContaining(['Ingress rule', 'Service', 'Pod']));
    // The trace ends with the real answer of the handler running in the sandbox.
    expect(await page.locator('[data-part="cluster-response"]').textContent()).toContain(
      "Hello! You said: it's john here",
    );
    await screenshot(page, 'lab-passed');
    expect(await axeViolations(page, LAB)).toEqual([]);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await screenshot(page, 'lab-passed-dark');
    expect(await axeViolations(page, LAB)).toEqual([]);

    await page.reload();
    await ready(page);
    expect(await page.locator(`${LAB} .cm-content`).textContent()).toContain("console.log('body is'");
    expect(await page.locator('[data-part="done"]').isVisible(), 'the lab stays marked done').toBe(true);
    await page.context().close();
  });

  it('shows a syntax error with its place, marks it in the editor and goes there', async () => {
    const page = await openPage(browser(), '/en/dev/lab/');
    await ready(page);
    await chooseSandbox(page);
    await typeHandler(
      page,
      "module.exports = async (event, context) => {\n  return context.status(200).succeed('x'\n}\n",
    );
    await page.locator('[data-part="run"]').click();
    await page.waitForSelector(`${LAB}[data-run-state="failed"]`, { timeout: 20_000 });
    const place = await page.locator('[data-part="start-errors"] .fl-goto').first().textContent();
    console.log(`start error shown: ${place}`);
    expect(place).toMatch(/^handler\.js:\d+:\d+ /);
    expect(await page.locator(`${LAB} .cm-lintRange-error`).count()).toBeGreaterThan(0);
    await page.locator('[data-part="start-errors"] .fl-goto').first().click();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    await screenshot(page, 'lab-syntax-error');
    await page.context().close();
  });

  it('fits a phone screen in Spanish', async () => {
    const page = await openPage(browser(), '/dev/lab/', PHONE);
    await ready(page);
    expect(await page.locator('[data-part="run"]').textContent()).toBe('Ejecutar');
    await page.waitForSelector(`${LAB}[data-runtime="sandbox"]`, { timeout: 15_000 });
    expect(await page.locator('[data-part="runtime-why"]').textContent()).toMatch(
      /^El sandbox es el entorno por defecto/,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(page, 'lab-phone-es');
    await page.context().close();
  });

  it('stops a while(true) handler at the timeout while the page stays responsive', async () => {
    const page = await openPage(browser(), '/en/dev/lab/');
    await ready(page);
    // Automatic choice: wait for the WebContainer probe to give up, as a student's page would.
    await page.waitForSelector(`${LAB}[data-runtime="sandbox"]`, { timeout: 15_000 });
    await typeHandler(page, 'module.exports = async () => { while (true) {} }\n');
    await runAndWait(page);
    await page.evaluate(() => {
      const w = window as unknown as { tasks: number[]; observer: PerformanceObserver };
      w.tasks = [];
      w.observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.tasks.push(Math.round(entry.duration));
      });
      w.observer.observe({ type: 'longtask' });
    });
    await page.locator('[data-part="invoke"]').click();
    // While the handler spins, the page still answers: typing in the body field shows up at once.
    await page.locator('textarea[name="body"]').fill('still responsive');
    expect(await page.locator('[data-part="curl"]').textContent()).toContain('still responsive');
    await page.waitForFunction(
      () => /^Response 504/.test(document.querySelector('[data-part="response-summary"]')?.textContent ?? ''),
      null,
      { timeout: 20_000 },
    );
    const tasks = await page.evaluate(() => (window as unknown as { tasks: number[] }).tasks);
    const longest = Math.max(0, ...tasks);
    console.log(
      `longest main-thread task during the hung handler: ${longest} ms (goal < 50; long tasks seen: [${tasks.join(', ')}])`,
    );
    expect(await page.locator('[data-part="response-limit"]').textContent()).toMatch(/exec_timeout \(5s\)/);
    await page.waitForSelector('.fl-log--limit');
    await screenshot(page, 'lab-timeout');
    // A handler on the main thread would show one task of about exec_timeout (5000 ms). The 50 ms goal
    // is printed above rather than asserted: on a loaded shared machine any task can be descheduled.
    expect(longest).toBeLessThan(1000);
    await page.context().close();
  });
});
