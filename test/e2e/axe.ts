/**
 * Runs axe-core (WCAG rules) inside a page and returns the serious and critical violations, as
 * "rule: first targets" lines, so a failing assertion says what to fix.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { siteUrl, pageScriptsRan } from './browser.ts';

/** Serious or critical axe-core violations inside `selector` (the whole page by default). */
export async function axeViolations(page: Page, selector = 'body'): Promise<string[]> {
  // addScriptTag is an inline script: the page's CSP blocks it unless the context was made with bypassCSP.
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async (context) => {
    type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: string): Promise<AxeResult> } }).axe;
    const result = await axe.run(context);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  }, selector);
}

/**
 * Opens `path` in a fresh context with CSP bypassed (only so axe-core can be injected; other tests run
 * under the site's real CSP), waits for the island at `selector` to mount (`data-mounted=""`), and
 * returns its serious or critical violations and the page's script errors.
 */
export async function islandAudit(
  browser: Browser,
  path: string,
  selector: string,
): Promise<{ violations: string[]; errors: string[] }> {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(siteUrl(path));
  await pageScriptsRan(page);
  await expect.poll(() => page.locator(selector).first().getAttribute('data-mounted')).toBe('');
  const violations = await axeViolations(page, selector);
  await context.close();
  return { violations, errors };
}

/**
 * Asserts that `islandAudit` finds no serious or critical violation and no script error on each page in
 * `paths` (an island's demo page in each language).
 */
export async function expectCleanIsland(
  browser: Browser,
  paths: readonly string[],
  selector: string,
): Promise<void> {
  for (const path of paths)
    expect(await islandAudit(browser, path, selector), path).toEqual({ violations: [], errors: [] });
}
