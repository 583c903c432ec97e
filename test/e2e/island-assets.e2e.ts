/**
 * A lesson page carries the CSS and scripts of its own islands only (src/markdown/remark-island-imports.ts):
 * read from the built pages, a page without an island loads no island stylesheet or script, and a lesson
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

  it('a page without islands (home, course index, glossary) loads no island CSS or script', () => {
    for (const page of ['.', 'en', 'curso', 'en/course', 'glosario', 'en/glossary'])
      expect(
        assets(page).filter((a) => ISLAND_ASSET.test(a)),
        page,
      ).toEqual([]);
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
