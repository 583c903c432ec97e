/**
 * Issue 19, finding 4: a handler that floods its logs and one that answers 20 MB must not freeze the
 * lab page. Measures the longest main-thread task with the Long Tasks API from the moment the handler
 * runs, prints it, and checks the page shows the cut output with a download link.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage } from './browser.ts';

const LAB = '[data-function-lab]';

const FLOOD = `'use strict'
module.exports = async (event, context) => {
  if (event.path === '/big') return context.headers({ 'content-type': 'text/plain' }).succeed('z'.repeat(20 * 1024 * 1024))
  setInterval(() => console.log('flood '.repeat(20000)), 0)
  for (let i = 0; i < 6; i++) console.log('big line ' + i + ' ' + 'y'.repeat(8 * 1024 * 1024))
  for (let i = 0; i < 2000; i++) console.log('line ' + i)
  await new Promise((resolve) => setTimeout(resolve, 1500))
  return context.succeed('flooded')
}
`;

async function typeHandler(page: Page, source: string): Promise<void> {
  await page.locator(`${LAB} .cm-content`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(source);
}

async function invoke(page: Page, path: string, expected: RegExp): Promise<void> {
  await page.locator('[data-part="invoke-form"] [name="path"]').fill(path);
  await page.locator('[data-part="invoke"]').click();
  await page.waitForFunction(
    (pattern) =>
      new RegExp(pattern).test(document.querySelector('[data-part="response-summary"]')?.textContent ?? ''),
    expected.source,
    { timeout: 60_000 },
  );
}

describe('lab output under a flood', () => {
  const browser = chromiumForTests();

  it('keeps every main-thread task under 100 ms and shows the cut output with a download', async () => {
    const page = await openPage(browser(), '/en/dev/lab/');
    await page.locator(LAB).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${LAB}[data-state="ready"]`, { timeout: 30_000 });
    await typeHandler(page, FLOOD);
    await page.locator('[data-part="run"]').click();
    await page.waitForSelector(`${LAB}[data-run-state="running"]`, { timeout: 30_000 });
    // From here on: the handler's output, not the page's own start-up.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await invoke(page, '/', /^Response 200/);
    await page.waitForTimeout(1_000);
    const afterFlood = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks.length,
    );
    await invoke(page, '/big', /^Response 200/);
    await page.waitForTimeout(1_000);
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const longest = Math.max(0, ...tasks);
    console.log(
      `longest main-thread task during a log flood and a 20 MB response: ${Math.round(longest)} ms (${tasks.length} tasks over 50 ms: ${tasks.map(Math.round).join(', ')}; ${afterFlood} during the flood)`,
    );
    expect(longest).toBeLessThan(100);
    const body = (await page.locator('[data-part="response-body"]').textContent()) ?? '';
    expect(body.length).toBeLessThanOrEqual(16 * 1024);
    expect(await page.locator('[data-output-bar] a[download]').count()).toBe(1);
    expect(await page.locator('[data-output-bar]').textContent()).toMatch(/Showing 16,384 of 20,971,520/);
    expect(await page.locator('.fl-logs-download').isVisible()).toBe(true);
    expect(await page.locator('.fl-log').count()).toBeLessThanOrEqual(300);
    await page.context().close();
  });
});
