import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage, pageScriptsRan } from './browser.ts';

/** Opens search with the keyboard shortcut, types, and returns the result links. */
async function search(
  page: Page,
  shortcut: string,
  query: string,
): Promise<Array<{ href: string; text: string }>> {
  await page.keyboard.press(shortcut);
  await page.waitForSelector('dialog[data-search-dialog][open]');
  await page.fill('[data-search-input]', query);
  await page.waitForSelector('[data-search-results] a', { timeout: 10_000 });
  return page.$$eval('[data-search-results] a', (links) =>
    links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })),
  );
}

describe('site search', () => {
  const browser = chromiumForTests();

  it('finds a word of a Spanish lesson in Spanish pages only, opened with Ctrl+K', async () => {
    const page = await openPage(browser(), '/curso/');
    const results = await search(page, 'Control+k', 'despachador');
    expect(results.map((r) => r.href)).toContain('/curso/serverless/');
    expect(results.every((r) => !r.href.startsWith('/en/'))).toBe(true);
    expect(results[0]?.text).toMatch(/despachador/i);
    await page.context().close();
  });

  it('finds a word of an English lesson in English pages only, opened with /, and Esc closes', async () => {
    const page = await openPage(browser(), '/en/');
    const results = await search(page, '/', 'hypervisor');
    expect(results.map((r) => r.href)).toContain('/en/course/intro/');
    expect(results.every((r) => r.href.startsWith('/en/'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('dialog[data-search-dialog]')).toBe(false);
    await page.context().close();
  });

  it('results are reachable with the arrow keys and open the lesson', async () => {
    const page = await openPage(browser(), '/en/course/');
    await search(page, 'Control+k', 'dispatcher');
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/en\/course\//);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${href}$`));
    await pageScriptsRan(page);
    await page.context().close();
  });

  it('Enter opens the first result; the Esc button closes the dialog', async () => {
    const page = await openPage(browser(), '/');
    const results = await search(page, 'Control+k', 'hipervisor');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${results[0]?.href ?? 'none'}$`));
    await pageScriptsRan(page);
    await page.keyboard.press('Control+k');
    await page.click('[data-search-close]');
    expect(await page.isVisible('dialog[data-search-dialog]')).toBe(false);
    await page.context().close();
  });

  it('says so when nothing matches', async () => {
    const page = await openPage(browser(), '/');
    await page.keyboard.press('Control+k');
    await page.fill('[data-search-input]', 'zzqqxxnotaword');
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.includes('zzqqxxnotaword'),
    );
    expect(await page.textContent('[data-search-status]')).toContain('No hay resultados');
    await page.context().close();
  });
});
