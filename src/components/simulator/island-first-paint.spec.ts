import { describe, expect, it } from 'vitest';
import { createScenarioSimulation } from '../../../simulator/scenarios/scenario-simulation.ts';
import { layoutTopology } from '../../../simulator/view/index.ts';
import { diagramReserveCss, simulatorFirstPaint } from './island-first-paint.ts';
import { loadScenario } from './load-scenario.ts';

describe('simulatorFirstPaint', () => {
  const scenario = loadScenario('capstone');
  const { time, spans } = simulatorFirstPaint(scenario, 'es');
  const snapshot = createScenarioSimulation(scenario, { packets: true }).snapshot();

  it('gives the settled clock as the toolbar shows it', () => {
    expect(time).toMatch(/^\d+:\d\d$/);
    expect(time).not.toBe('0:00');
  });

  it('covers every width once, in order, up to any width', () => {
    expect(spans[0]!.from).toBeLessThanOrEqual(280);
    spans.slice(1).forEach((span, i) => expect(span.from).toBe(spans[i]!.to + 1));
    expect(spans.at(-1)!.to).toBe(Infinity);
  });

  it.each([320, 350, 390, 600, 760, 1000])('is as tall as the view draws it at %i px', (width) => {
    const span = spans.find((s) => s.from <= width && width <= s.to)!;
    expect(span.height).toBe(layoutTopology(snapshot, width, 'es').height);
  });

  it('scales the drawing below the layout’s narrowest width', () => {
    const layout = layoutTopology(snapshot, 300, 'es');
    const span = spans.find((s) => s.from <= 300 && 300 <= s.to)!;
    expect(span.height).toBeNull();
    expect(span.ratio).toBe(`${layout.width} / ${layout.height}`);
  });

  it('writes one container query per span, scoped to the island', () => {
    const css = diagramReserveCss('sim-x', spans);
    expect(css.match(/@container sim-diagram/g)).toHaveLength(spans.length);
    expect(css).toContain(`#sim-x .sim-diagram-reserve{height:${spans[1]!.height}px}`);
  });
});
