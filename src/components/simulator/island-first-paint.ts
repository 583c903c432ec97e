/**
 * What the simulator island first shows, worked out at build time (ClusterSimulator.astro's frontmatter,
 * never in the browser) so the server-rendered island has the mounted island's size (issue 20: no layout
 * shift): the scenario's cluster is built and settled as mount-simulator.ts builds it, and the drawing's
 * height is read from the same layout the view draws, for every width the drawing may take.
 */
import type { ClusterSnapshot } from '../../../simulator/index.ts';
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

/** Widths tried: from a 200 px canvas to a full-screen one; wider keeps the last height. */
const NARROWEST = 200;
const WIDEST = 2000;
/** The layout's narrowest width (topology-layout.ts): narrower canvases scale the 320 px drawing down. */
const LAYOUT_MIN = 320;
/** Widths sampled this far apart; a change between two samples is found by bisection. */
const STEP = 16;

const known = new Map<string, SimulatorFirstPaint>();
/** The settled cluster of each scenario, shared by its Spanish and English pages. */
const settled = new Map<string, ClusterSnapshot>();

/**
 * The scenario's cluster as the island first renders it (mount-simulator.ts builds it the same way, from
 * the same seed): what the first paint draws the drawing and the Send form from.
 */
export function settledSnapshot(scenario: Scenario): ClusterSnapshot {
  let snapshot = settled.get(scenario.id);
  if (!snapshot) {
    snapshot = createScenarioSimulation(scenario, { packets: true }).snapshot();
    settled.set(scenario.id, snapshot);
  }
  return snapshot;
}

/**
 * The first paint of `scenario` in `lang`. The drawing is drawn 1:1 at the canvas's width
 * (topology-view.ts), so its height is `layout.height` at every width the layout accepts and scales below.
 * More width never makes it taller (more nodes, Pods and Services per row), so the heights are read at
 * samples and each change is placed by bisection, not by laying out every width.
 */
export function simulatorFirstPaint(scenario: Scenario, lang: 'es' | 'en'): SimulatorFirstPaint {
  const key = `${scenario.id}.${lang}`;
  const cached = known.get(key);
  if (cached) return cached;
  const snapshot = settledSnapshot(scenario);
  const heightAt = (width: number): number => layoutTopology(snapshot, width, lang).height;
  const narrow = layoutTopology(snapshot, LAYOUT_MIN, lang);
  const spans: DiagramSpan[] = [
    { from: NARROWEST, to: LAYOUT_MIN - 1, height: null, ratio: `${narrow.width} / ${narrow.height}` },
  ];
  const open = (from: number, height: number): void =>
    void spans.push({ from, to: Infinity, height, ratio: '' });
  open(LAYOUT_MIN, narrow.height);
  for (let low = LAYOUT_MIN; low < WIDEST; low += STEP) {
    const high = Math.min(low + STEP, WIDEST);
    // Several changes between two samples are found one after the other.
    for (let from = low; heightAt(high) !== spans.at(-1)!.height;) {
      let a = from;
      let b = high;
      const current = spans.at(-1)!.height;
      while (b - a > 1) {
        const mid = (a + b) >> 1;
        if (heightAt(mid) === current) a = mid;
        else b = mid;
      }
      spans.at(-1)!.to = b - 1;
      open(b, heightAt(b));
      from = b;
    }
  }
  const result = { time: formatTime(snapshot.timeMs), spans };
  known.set(key, result);
  return result;
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
