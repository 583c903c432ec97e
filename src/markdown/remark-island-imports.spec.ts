import { describe, expect, it } from 'vitest';
import { ISLAND_TAGS, islandsUsed, remarkIslandImports } from './remark-island-imports.ts';

interface Node {
  type: string;
  name?: string;
  value?: string;
  children?: Node[];
}

const jsx = (name: string, children: Node[] = []): Node => ({ type: 'mdxJsxFlowElement', name, children });

describe('remarkIslandImports', () => {
  it('imports each island a lesson uses, once, before its content', () => {
    const tree: { type: string; children: Node[] } = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'FunctionLab', children: [] }] },
        jsx('ClusterSimulator'),
        jsx('Callout', [jsx('ClusterSimulator')]),
      ],
    };
    remarkIslandImports()(tree);
    const esm = tree.children.filter((n) => n.type === 'mdxjsEsm');
    expect(esm.map((n) => n.value?.split(' from ')[0])).toEqual([
      'import ClusterSimulator',
      'import FunctionLab',
    ]);
    expect(esm[0]?.value).toMatch(/components\/simulator\/ClusterSimulator\.astro";$/);
    expect(tree.children.indexOf(esm[1]!)).toBe(1);
  });

  it('leaves a prose lesson alone: no island, no import', () => {
    const tree: { type: string; children: Node[] } = {
      type: 'root',
      children: [jsx('Quiz'), jsx('Callout')],
    };
    remarkIslandImports()(tree);
    expect(tree.children.map((n) => n.type)).toEqual(['mdxJsxFlowElement', 'mdxJsxFlowElement']);
    expect(islandsUsed(tree).size).toBe(0);
  });

  it('knows every island LessonPage no longer passes through components', () => {
    expect(ISLAND_TAGS).toEqual(
      expect.arrayContaining([
        'ClusterSimulator',
        'FunctionLab',
        'ComposeConverter',
        'CostCalculator',
        'OpenFaaSLoad',
        'ServerlessArchitecture',
      ]),
    );
  });
});
