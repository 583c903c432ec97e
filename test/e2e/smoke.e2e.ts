import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage } from './browser.ts';

describe('site smoke', () => {
  const browser = chromiumForTests();

  it('serves the Spanish home at / and the English one at /en/', async () => {
    const es = await openPage(browser(), '/');
    expect(await es.getAttribute('html', 'lang')).toBe('es');
    const en = await openPage(browser(), '/en/');
    expect(await en.getAttribute('html', 'lang')).toBe('en');
  });
});
