/**
 * What the simulator island first shows, worked out at build time (ClusterSimulator.astro's frontmatter,
 * never in the browser) so the server-rendered island has the mounted island's size (issue 20: no layout
 * shift): the scenario's cluster is built and settled as mount-simulator.ts builds it, and the drawing's
 * height is read from the same layout the view draws, for every width the drawing may take.
 */
import type { Scenario } from '../../../simulator/scenarios/scenario.ts';
import { createScenarioSimulation } from '../../../simulator/scenarios/scenario-simulation.ts';
import { layoutTopology } from '../../../simulator/view/index.ts';
import { formatTime } from './clock-toolbar.ts';

/** The drawing's height over a range of widths (its <svg>'s width: the canvas's content width, in px). */
export interface DiagramSpan {
  /** Narrowest width of the span. */
  from: number;
  /** Widest width of the span (Infinity for the last). */
  to: number;
  /** Height in px; null below the layout's minimum width, where the drawing scales by `ratio` instead. */
  height: number | null;
  /** Width / height of the drawing where it scales. */
  ratio: string;
}

/** The island's first screen: the settled clock and the drawing's heights. */
export interface SimulatorFirstPaint {
  /** The clock as the toolbar first shows it (`0:04` once the scenario has settled). */
  time: string;
  spans: DiagramSpan[];
}

/** Widths tried: from a 280 px phone's canvas to a full-screen one; wider keeps the last height. */
const NARROWEST = 200;
const WIDEST = 2000;

/**
 * The first paint of `scenario` in `lang`. The drawing is drawn 1:1 at the canvas's width
 * (topology-view.ts), so its height is `layout.height` at every width the layout accepts and scales below.
 */
export function simulatorFirstPaint(scenario: Scenario, lang: 'es' | 'en'): SimulatorFirstPaint {
  const snapshot = createScenarioSimulation(scenario, { packets: true }).snapshot();
  const spans: DiagramSpan[] = [];
  for (let width = NARROWEST; width <= WIDEST; width++) {
    const layout = layoutTopology(snapshot, width, lang);
    const height = layout.width === width ? layout.height : null;
    const ratio = `${layout.width} / ${layout.height}`;
    const last = spans.at(-1);
    if (last && last.height === height && last.ratio === (height === null ? ratio : last.ratio))
      last.to = width;
    else spans.push({ from: width, to: width, height, ratio });
  }
  spans.at(-1)!.to = Infinity;
  return { time: formatTime(snapshot.timeMs), spans };
}

/**
 * The CSS that gives the placeholder drawing inside `#ID` its height at each width: container queries on
 * the reserved canvas (`container: sim-diagram / inline-size`), whose content width is the drawing's.
 */
export function diagramReserveCss(id: string, spans: readonly DiagramSpan[]): string {
  const rule = (span: DiagramSpan): string =>
    span.height === null ? `aspect-ratio:${span.ratio};height:auto` : `height:${span.height}px`;
  return spans
    .map((span, i) => {
      const query = [
        i > 0 ? `(min-width:${span.from}px)` : '',
        Number.isFinite(span.to) ? `(max-width:${span.to + 0.99}px)` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      const css = `#${id} .sim-diagram-reserve{${rule(span)}}`;
      return query ? `@container sim-diagram ${query}{${css}}` : css;
    })
    .join('');
}
