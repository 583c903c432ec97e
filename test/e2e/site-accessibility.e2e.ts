import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage, PHONE } from './browser.ts';

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('site accessibility (axe-core, WCAG 2 A and AA)', () => {
  const browser = chromiumForTests();

  const cases = [
    { path: '/', theme: 'light', phone: false },
    { path: '/en/course/', theme: 'dark', phone: false },
    { path: '/curso/serverless/', theme: 'light', phone: false },
    { path: '/en/course/intro/', theme: 'dark', phone: false },
    { path: '/curso/intro/', theme: 'dark', phone: true },
    { path: '/no-such-page/', theme: 'light', phone: false },
  ] as const;

  for (const { path, theme, phone } of cases) {
    it(`${path} (${theme}${phone ? ', phone' : ''}) has no serious or critical violations`, async () => {
      // bypassCSP: axe is injected by the test, and the site's CSP rightly refuses it.
      const page = await openPage(browser(), path, {
        ...(phone ? PHONE : {}),
        colorScheme: theme,
        bypassCSP: true,
      });
      await page.evaluate(await axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
        }));
      });
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, JSON.stringify(serious, null, 1)).toEqual([]);
      await page.context().close();
    });
  }
});
