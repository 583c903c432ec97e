/** The lesson parser the content tests rely on: it must see exactly what the lesson shows, not its code samples. */
import { describe, expect, it } from 'vitest';
import { parseLessonSource } from './lesson-source.ts';

const LESSON = `---
title: Prueba
chapter: 3
objectives:
  - Uno
---

## Primera

\`\`\`md
## Not a heading: it is inside a code sample
[a link](/curso/nowhere/)
\`\`\`

<Quiz id="q-one" question="¿Cuál {de} estas?" options={["a}b", "c"]} answer={1}>
Explicación con [enlace](/curso/faas/).
</Quiz>

<Quiz id="q-two" type="truefalse" question="¿Verdad?" answer={false}>
No.
</Quiz>

{/* ISLAND: ClusterSimulator scenario="nodeport" — text with key="ignored" */}

<FunctionLab id="hello" />

<CostCalculator requests={3000000} freeTier={false} />

<svg viewBox="0 0 10 10" role="img" aria-labelledby="t d"><title id="t">T</title><desc id="d">D</desc></svg>

<Callout kind="k3s" title="Pruébalo">
x
</Callout>

## Fuentes
`;

describe('parseLessonSource', () => {
  const source = parseLessonSource(LESSON);

  it('reads the front matter as YAML', () => {
    expect(source.frontMatter).toMatchObject({ title: 'Prueba', chapter: 3, objectives: ['Uno'] });
  });

  it('ignores headings and links inside fenced code', () => {
    expect(source.headings).toEqual(['Primera', 'Fuentes']);
    expect(source.internalLinks).toEqual(['/curso/faas/']);
  });

  it('reads quiz attributes, including braces inside strings', () => {
    expect(source.quizzes).toEqual([
      { id: 'q-one', type: 'choice', question: '¿Cuál {de} estas?', options: ['a}b', 'c'], answer: 1 },
      { id: 'q-two', type: 'truefalse', question: '¿Verdad?', options: undefined, answer: false },
    ]);
  });

  it('finds diagrams, callouts, island markers and embedded islands in order', () => {
    expect(source.svgs).toHaveLength(1);
    expect(source.svgs[0]?.openingTag).toContain('role="img"');
    expect(source.callouts).toEqual(['k3s']);
    expect(source.islands).toEqual([
      { component: 'ClusterSimulator', attributes: { scenario: 'nodeport' }, marker: true },
      { component: 'FunctionLab', attributes: { id: 'hello' }, marker: false },
      { component: 'CostCalculator', attributes: { requests: '{3000000}', freeTier: '{false}' }, marker: false },
    ]);
  });

  it('refuses a lesson without front matter', () => {
    expect(() => parseLessonSource('## Sin cabecera\n')).toThrow(/front matter/);
  });
});
