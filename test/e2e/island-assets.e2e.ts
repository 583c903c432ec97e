/**
 * A lesson page carries the CSS and scripts of its own islands only (src/markdown/remark-island-imports.ts):
 * read from the built pages, a lesson without an island loads no island stylesheet or script, and a lesson
 * with the simulator loads the simulator's and not the lab's.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const assets = (page: string): string[] => [
  ...new Set(readFileSync(`dist/${page}/index.html`, 'utf8').match(/_astro\/[^"' )]+\.(?:css|js)/g) ?? []),
];
const ISLAND_ASSET =
  /cluster-simulator|ClusterSimulator|function-lab|FunctionLab|export-dialog|compose|Compose|CostCalculator|cost-calculator|OpenFaaSLoad|openfaas-load|ServerlessArchitecture/;
const uses = (page: string, tag: string): boolean =>
  readFileSync(`content/es/${page}.mdx`, 'utf8').includes(`<${tag}`);

describe('island assets per lesson page', () => {
  const lessons = readdirSync('content/es').map((f) => f.replace(/\.mdx$/, ''));

  it('a lesson without islands loads no island CSS or script', () => {
    const prose = lessons.filter(
      (slug) =>
        !/<(ClusterSimulator|FunctionLab|ComposeConverter|CostCalculator|OpenFaaSLoad|ServerlessArchitecture)\b/.test(
          readFileSync(`content/es/${slug}.mdx`, 'utf8'),
        ),
    );
    for (const slug of prose) expect(assets(`curso/${slug}`).filter((a) => ISLAND_ASSET.test(a))).toEqual([]);
  });

  it('a lesson loads the assets of the islands it uses and not of the others', () => {
    for (const slug of lessons) {
      const page = `curso/${slug}`;
      const list = assets(page).join(' ');
      expect(/cluster-simulator|ClusterSimulator/.test(list)).toBe(uses(slug, 'ClusterSimulator'));
      expect(/function-lab|FunctionLab/.test(list)).toBe(uses(slug, 'FunctionLab'));
    }
  });
});
