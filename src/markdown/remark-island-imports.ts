/**
 * Remark plugin for the lessons' MDX: a lesson that uses an island (`<ClusterSimulator …/>`,
 * `<FunctionLab …/>` …) gets an `import` of that island's component added to its module, so authors
 * still write the tag without importing it, and a page loads the CSS and scripts of only the islands its
 * lesson uses. Passing every island through LessonPage's `components` made every lesson load every
 * island's CSS (~23 KB raw on prose lessons). A component imported in the MDX module wins over one of
 * the same name passed in `components` (mdxjs.com/docs/using-mdx/#components), and Astro propagates
 * the styles of components an MDX entry imports to the page that renders it.
 */
import { fileURLToPath } from 'node:url';

/** Island tag → its component file, relative to this file. One entry per island. */
const ISLANDS: Readonly<Record<string, string>> = {
  ClusterSimulator: '../components/simulator/ClusterSimulator.astro',
  FunctionLab: '../components/lab/FunctionLab.astro',
  ComposeConverter: '../components/compose/ComposeConverter.astro',
  CostCalculator: '../components/calculator/CostCalculator.astro',
  OpenFaaSLoad: '../components/openfaas/OpenFaaSLoad.astro',
  ServerlessArchitecture: '../components/openfaas/ServerlessArchitecture.astro',
};

/** The island names, for tests and for LessonPage to know which tags it need not provide. */
export const ISLAND_TAGS: readonly string[] = Object.keys(ISLANDS);

/** The part of an mdast/MDX node this plugin reads and writes. */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdxNode[];
  data?: Record<string, unknown>;
}

/** The island tags used anywhere in the tree (JSX flow or text elements). */
export function islandsUsed(tree: MdxNode): Set<string> {
  const used = new Set<string>();
  const walk = (node: MdxNode): void => {
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      node.name &&
      node.name in ISLANDS
    )
      used.add(node.name);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return used;
}

/** An `import Name from 'path'` ESM node, with the ESTree MDX compiles from. */
function importNode(name: string, path: string): MdxNode {
  const value = `import ${name} from ${JSON.stringify(path)};`;
  return {
    type: 'mdxjsEsm',
    value,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: path, raw: JSON.stringify(path) },
          },
        ],
      },
    },
  };
}

/** The plugin factory, as remark expects: `remarkPlugins: [remarkIslandImports]`. */
export function remarkIslandImports(): (tree: MdxNode) => void {
  return (tree) => {
    const used = [...islandsUsed(tree)].sort();
    if (used.length === 0) return;
    const imports = used.map((name) =>
      importNode(name, fileURLToPath(new URL(ISLANDS[name]!, import.meta.url))),
    );
    tree.children = [...imports, ...(tree.children ?? [])];
  };
}
