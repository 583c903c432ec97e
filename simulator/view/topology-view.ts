/**
 * The D3 drawing of a cluster: entry points, Services, nodes as regions with their pods, zoom and pan,
 * and requests animated hop by hop along their trace. D3 draws; it does not decide (DESIGN.md): every
 * position comes from layoutTopology and placeTrace.
 */
import { select, zoom, zoomIdentity, type ZoomBehavior } from 'd3';
import type { ClusterSnapshot, Trace } from '../index.ts';
import {
  fitLabel,
  layoutTopology,
  type EntryBox,
  type NodeBox,
  type PodBox,
  type PodTone,
  type ServiceBox,
  type TopologyLayout,
} from './topology-layout.ts';
import { drawBoxes, type Layer } from './labelled-boxes.ts';
import { placeTrace, type PlacedHop } from './trace-path.ts';

/** The words the drawing shows, in the page's language. */
export interface TopologyLabels {
  title: string;
  pending: string;
  nodeNotReady: string;
  nodeCordoned: string;
  /** Shown where a request got no HTTP answer at all (refused, dropped). */
  dropped: string;
  tones: Record<PodTone, string>;
}

/** Options of createTopologyView. */
export interface TopologyViewOptions {
  labels: TopologyLabels;
  /** The page's language, for the words the layout draws (a node group's summary); default English. */
  lang?: 'es' | 'en';
  /** No moving dots; paths appear at once (prefers-reduced-motion). */
  reducedMotion: boolean;
  /** Milliseconds a request takes per hop. */
  hopMs?: number;
}

/** A drawing bound to an <svg>. */
export interface TopologyView {
  update(snapshot: ClusterSnapshot): void;
  /** Animates a request; `onHop(i)` fires as hop i is reached. Resolves when the request arrives. */
  playTrace(trace: Trace, onHop?: (index: number, placed: PlacedHop) => void): Promise<void>;
  /** Requests being animated right now. */
  inFlight(): number;
  zoomBy(factor: number): void;
  resetZoom(): void;
  dispose(): void;
}

interface Flight {
  placed: PlacedHop[];
  start: number;
  dot: SVGCircleElement;
  reached: number;
  onHop: ((index: number, placed: PlacedHop) => void) | undefined;
  done: () => void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Draws into `svg` (emptied first). */
export function createTopologyView(svg: SVGSVGElement, options: TopologyViewOptions): TopologyView {
  const hopMs = options.hopMs ?? 420;
  const root = select(svg)
    .attr('role', 'img')
    .attr('aria-label', options.labels.title)
    .classed('topology', true);
  root.selectAll('*').remove();
  const stage = root.append('g').attr('class', 'stage');
  const layers = {
    // Path lines under the boxes, so they never cross a name; their numbered marks above everything.
    trace: stage.append('g').attr('class', 'trace'),
    entries: stage.append('g').attr('class', 'entries'),
    services: stage.append('g').attr('class', 'services'),
    nodes: stage.append('g').attr('class', 'nodes'),
    pods: stage.append('g').attr('class', 'pods'),
    pending: stage.append('g').attr('class', 'pending-label'),
    marks: stage.append('g').attr('class', 'trace-marks'),
    flights: stage.append('g').attr('class', 'flights'),
  };
  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.3, 6])
    .on('zoom', (event: { transform: { toString(): string } }) =>
      stage.attr('transform', event.transform.toString()),
    );
  root.call(zoomer);

  let layout: TopologyLayout | null = null;
  let ipToNode = new Map<string, string>();
  const flights: Flight[] = [];
  let frame = 0;

  let lastSnapshot: ClusterSnapshot | null = null;
  let drawnWidth = 0;
  // Drawn 1:1 at the container's width, so labels stay readable from a phone to a wide screen.
  const measure = (): number => svg.parentElement?.clientWidth || svg.clientWidth || 760;
  const resize =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (lastSnapshot && Math.abs(measure() - drawnWidth) > 16) update(lastSnapshot);
        });
  let observed = false;

  function update(snapshot: ClusterSnapshot): void {
    if (!observed && svg.parentElement && resize) {
      resize.observe(svg.parentElement);
      observed = true;
    }
    lastSnapshot = snapshot;
    drawnWidth = measure();
    layout = layoutTopology(snapshot, drawnWidth, options.lang);
    ipToNode = new Map(snapshot.nodes.map((n) => [n.internalIP, n.name]));
    root.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
    drawEntries(layers.entries, layout.entries);
    drawServices(layers.services, layout.services);
    drawNodes(layers.nodes, layout.nodes, options.labels);
    drawPods(layers.pods, layout.pods, options.labels);
    refreshPath();
    const pendingPod = layout.pods.find((p) => !p.pod.nodeName);
    layers.pending
      .selectAll<SVGTextElement, PodBox>('text')
      .data(pendingPod ? [pendingPod] : [])
      .join('text')
      .attr('x', (d) => d.x)
      .attr('y', (d) => d.y - 6)
      .text(options.labels.pending);
  }

  function drawPath(placed: PlacedHop[], status: number): void {
    layers.trace.selectAll('*').remove();
    layers.marks.selectAll('*').remove();
    const d = placed
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.point.x.toFixed(1)},${p.point.y.toFixed(1)}`)
      .join('');
    layers.trace
      .append('path')
      .attr('class', status >= 200 && status < 400 ? 'trace-path ok' : 'trace-path refused')
      .attr('d', d);
    // Hops at the same place (e.g. Service then endpoint) get their numbers side by side.
    const seen = new Map<string, number>();
    const offsets = placed.map((p) => {
      const k = `${Math.round(p.point.x)},${Math.round(p.point.y)}`;
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      return n;
    });
    const marks = layers.marks
      .selectAll<SVGGElement, PlacedHop>('g.hop')
      .data(placed)
      .join('g')
      .attr('class', (_, i) =>
        i === placed.length - 1 && (status === 0 || status >= 400) ? 'hop refused' : 'hop',
      )
      .attr('transform', (p, i) => {
        // Numbers at one place read left to right, the last one at the anchor (the box's right edge).
        const here = seen.get(`${Math.round(p.point.x)},${Math.round(p.point.y)}`) ?? 1;
        return `translate(${p.point.x - (here - 1 - (offsets[i] ?? 0)) * 17},${p.point.y})`;
      });
    marks.append('circle').attr('r', 8);
    marks.append('title').text((p, i) => `${i + 1}. ${p.hop.kind} ${p.hop.name}`);
    marks
      .append('text')
      .attr('text-anchor', 'middle')
      .attr('dy', '0.35em')
      .text((_, i) => String(i + 1));
    // A refusal is shown where the request stopped: the last hop it reached.
    const end = placed[placed.length - 1];
    if (end && (status === 0 || status >= 400)) {
      layers.marks
        .append('text')
        .attr('class', 'refusal')
        .attr('x', end.point.x + 14)
        .attr('y', end.point.y + 4)
        .text(`✕ ${status || options.labels.dropped}`);
    }
  }

  function animate(now: number): void {
    frame = 0;
    for (let i = flights.length - 1; i >= 0; i--) {
      const f = flights[i];
      if (!f) continue;
      const t = (now - f.start) / hopMs;
      const seg = Math.min(Math.floor(t), f.placed.length - 1);
      while (f.reached <= seg && f.reached < f.placed.length) {
        const placedHop = f.placed[f.reached];
        if (placedHop) f.onHop?.(f.reached, placedHop);
        f.reached++;
      }
      const a = f.placed[seg];
      const b = f.placed[Math.min(seg + 1, f.placed.length - 1)];
      if (a && b) {
        const k = Math.min(1, t - seg);
        f.dot.setAttribute('cx', String(a.point.x + (b.point.x - a.point.x) * k));
        f.dot.setAttribute('cy', String(a.point.y + (b.point.y - a.point.y) * k));
      }
      if (t >= f.placed.length) {
        f.dot.remove();
        flights.splice(i, 1);
        f.done();
      }
    }
    if (flights.length) frame = requestAnimationFrame(animate);
  }

  /**
   * Keeps the last request's path true to the drawing: redrawn where its boxes moved, faded out and removed
   * once the Pod it reached (or a node it crossed) is gone.
   */
  function refreshPath(): void {
    if (!lastTrace || !layout) return;
    const trace = lastTrace;
    const podGone = !!trace.pod && !layout.pods.some((p) => p.key === trace.pod);
    const nodeGone = trace.hops.some(
      (h) => (h.kind === 'node-port' || h.kind === 'kube-proxy') && !findNodeOf(h.name),
    );
    if (podGone || nodeGone) {
      lastTrace = null;
      for (const layer of [layers.trace, layers.marks]) {
        layer.classed('gone', true);
        window.setTimeout(() => {
          layer.selectAll('*').remove();
          layer.classed('gone', false);
        }, 600);
      }
      return;
    }
    if (!flights.length) drawPath(placeTrace(layout, trace, ipToNode), trace.status);
  }
  const findNodeOf = (name: string): boolean =>
    !!layout?.nodes.some((n) =>
      name
        .split(/[\s:/]+/)
        .some((w) =>
          n.members
            ? n.members.includes(w) || n.members.includes(ipToNode.get(w) ?? '')
            : w === n.name || ipToNode.get(w) === n.name,
        ),
    );
  let lastTrace: Trace | null = null;

  function playTrace(trace: Trace, onHop?: (index: number, placed: PlacedHop) => void): Promise<void> {
    if (!layout) return Promise.resolve();
    lastTrace = trace;
    layers.trace.classed('gone', false);
    layers.marks.classed('gone', false);
    const placed = placeTrace(layout, trace, ipToNode);
    drawPath(placed, trace.status);
    if (options.reducedMotion || placed.length === 0) {
      placed.forEach((p, i) => onHop?.(i, p));
      return Promise.resolve();
    }
    return new Promise((done) => {
      const dot = document.createElementNS(SVG_NS, 'circle');
      dot.setAttribute('r', '6');
      dot.setAttribute('class', trace.status >= 200 && trace.status < 400 ? 'request ok' : 'request refused');
      layers.flights.node()?.appendChild(dot);
      flights.push({ placed, start: performance.now(), dot, reached: 0, onHop, done });
      if (!frame) frame = requestAnimationFrame(animate);
    });
  }

  return {
    update,
    playTrace,
    inFlight: () => flights.length,
    zoomBy: (factor) => root.call(zoomer.scaleBy, factor),
    resetZoom: () => root.call(zoomer.transform, zoomIdentity),
    dispose() {
      if (frame) cancelAnimationFrame(frame);
      resize?.disconnect();
      for (const f of flights.splice(0)) f.done();
      root.on('.zoom', null);
      root.selectAll('*').remove();
    },
  };
}

function drawEntries(layer: Layer, entries: EntryBox[]): void {
  drawBoxes(layer, entries, {
    kind: 'entry',
    rx: 6,
    className: (d) => `entry ${d.kind}`,
    label: { x: 8, y: 16, className: 'label', text: (d) => d.label },
    sublabel: { y: 32, text: (d) => d.sublabel },
    title: (d) => d.detail,
  });
}

function drawServices(layer: Layer, services: ServiceBox[]): void {
  drawBoxes(layer, services, {
    kind: 'service',
    rx: 6,
    className: (d) =>
      `service ${d.service.type} ${d.service.endpoints.some((e) => e.ready) ? 'has-endpoints' : 'no-endpoints'}`,
    label: { x: 8, y: 16, className: 'label', text: (d) => d.label },
    sublabel: { y: 32, text: (d) => d.sublabel },
    title: (d) => d.detail,
  });
}

function drawNodes(layer: Layer, nodes: NodeBox[], labels: TopologyLabels): void {
  drawBoxes(layer, nodes, {
    kind: 'node',
    rx: 10,
    className: (d) => `node ${d.role}${d.ready ? '' : ' not-ready'}${d.unschedulable ? ' cordoned' : ''}`,
    label: { x: 8, y: 16, className: 'label', text: (d) => d.label },
    // Shortened with an ellipsis to its box (a not-ready, cordoned node has a long line); the tooltip has it all.
    sublabel: { y: 31, text: (d) => fitLabel(nodeStates(d, labels).join(' · '), d.width - 16) },
    title: (d) =>
      [d.detail, d.ready ? '' : labels.nodeNotReady, d.unschedulable ? labels.nodeCordoned : '']
        .filter(Boolean)
        .join(' · '),
  });
}

function nodeStates(d: NodeBox, labels: TopologyLabels): string[] {
  return [
    d.role,
    d.ready ? '' : labels.nodeNotReady,
    d.unschedulable ? labels.nodeCordoned : '',
    d.ports,
  ].filter(Boolean);
}

function drawPods(layer: Layer, pods: PodBox[], labels: TopologyLabels): void {
  drawBoxes(layer, pods, {
    kind: 'pod',
    rx: 4,
    className: (d) => `pod ${d.tone}`,
    label: { x: 6, y: 14, text: (d) => d.label },
    title: (d) => `${d.key} · ${d.pod.status} · ${labels.tones[d.tone]}${d.pod.ip ? ` · ${d.pod.ip}` : ''}`,
  });
}
