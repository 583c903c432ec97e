import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage } from './browser.ts';

describe('site smoke', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('serves the Spanish home at / and the English one at /en/', async () => {
    const es = await openPage(browser, '/');
    expect(await es.getAttribute('html', 'lang')).toBe('es');
    const en = await openPage(browser, '/en/');
    expect(await en.getAttribute('html', 'lang')).toBe('en');
  });
});
