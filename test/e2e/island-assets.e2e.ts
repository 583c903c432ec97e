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
/** The page's inline CSS (astro.config.mjs inlines stylesheets: no render-blocking request). */
const inlineCss = (page: string): string =>
  [...readFileSync(`dist/${page}/index.html`, 'utf8').matchAll(/<style>([^<]*)<\/style>/g)]
    .map((m) => m[1])
    .join('\n');
/** Each island's stylesheet starts with its root class. */
const ISLAND_CSS =
  /\.(?:cluster-sim|function-lab|cost-calculator|compose-converter|openfaas-load|serverless-arch|export-dialog)\b/;
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
    for (const page of ['.', 'en', 'curso', 'en/course', 'glosario', 'en/glossary'])
      expect(ISLAND_CSS.exec(inlineCss(page))?.[0] ?? null, page).toBeNull();
  });

  it('a lesson loads the assets of the islands it uses and not of the others', () => {
    for (const slug of lessons) {
      const page = `curso/${slug}`;
      const list = assets(page).join(' ');
      expect(/cluster-simulator|ClusterSimulator/.test(list)).toBe(uses(slug, 'ClusterSimulator'));
      expect(/function-lab|FunctionLab/.test(list)).toBe(uses(slug, 'FunctionLab'));
      const css = inlineCss(page) + list;
      expect(/\.cluster-sim\b|cluster-simulator/.test(css), `${page} simulator CSS`).toBe(
        uses(slug, 'ClusterSimulator'),
      );
      expect(/\.function-lab\b|function-lab/.test(css), `${page} lab CSS`).toBe(uses(slug, 'FunctionLab'));
    }
  });
});
