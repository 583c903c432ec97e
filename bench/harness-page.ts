/**
 * A dev harness page of the built site (/dev/runtime-harness/, /dev/python-harness/) in Chromium, for the
 * runtime benchmarks that measure in the browser.
 */
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/browser.ts';

/** Opens `path` of the site at `siteUrl` in a new Chromium, waits until its harness is ready, runs `use`, closes. */
export async function onHarnessPage<T>(
  siteUrl: string,
  path: string,
  use: (page: Page) => Promise<T>,
): Promise<T> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(new URL(path, siteUrl).toString());
    await page.waitForSelector('body[data-harness="ready"]');
    return await use(page);
  } finally {
    await browser.close();
  }
}
