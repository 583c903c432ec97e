/**
 * Runs axe-core (WCAG rules) inside a page and returns the serious and critical violations, as
 * "rule: first targets" lines, so a failing assertion says what to fix.
 */
import type { Page } from 'playwright-core';

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
