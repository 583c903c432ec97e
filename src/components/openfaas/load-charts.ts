import * as d3 from 'd3';
import type { LoadSecond } from '../../../simulator/openfaas/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

const WIDTH = 640;
const INT = d3.format('d');
const PANEL_H = 118;
const GAP = 26;
const M = { left: 54, right: 14, top: 18 };

interface Panel {
  title: string;
  series: Array<{ name: string; cls: string; value: (r: LoadSecond) => number | null; step?: boolean }>;
  bars?: boolean;
  format?: (n: number) => string;
  /** The smallest top of the axis, so an empty or tiny series still reads in plain units (not "1n"). */
  floor?: number;
}

/** Height of the chart SVG's viewBox for four panels. */
export const CHARTS_HEIGHT = 4 * (PANEL_H + GAP) + 20;

/**
 * Draws the load run so far as four small multiples sharing the time axis: replicas (wanted and ready),
 * latency p50/p99, cold starts per second and cumulative cost. Redrawn whole each second (the data is small).
 */
export function drawLoadCharts(
  svgElement: SVGSVGElement,
  seconds: readonly LoadSecond[],
  totalSeconds: number,
  s: UiStrings<'openfaas'>,
): void {
  const svg = d3.select(svgElement);
  svg.selectAll('g.panel').remove();
  const locale = svgElement.closest('[data-lang]')?.getAttribute('data-lang') === 'es' ? 'es' : 'en';
  const ms = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  // Costs per second are fractions of a cent: dollars with two significant digits ("US$0.0000012"), not "1.2e-6".
  const usd = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    maximumSignificantDigits: 2,
  });
  const x = d3
    .scaleLinear()
    .domain([0, Math.max(1, totalSeconds)])
    .range([M.left, WIDTH - M.right]);
  const panels: Panel[] = [
    {
      title: s.chartReplicas,
      series: [
        { name: s.wanted, cls: 'replicas', value: (r) => r.replicas, step: true },
        { name: s.ready, cls: 'ready', value: (r) => r.readyReplicas, step: true },
      ],
      format: INT,
    },
    {
      title: s.chartLatency,
      series: [
        { name: s.p50, cls: 'p50', value: (r) => r.p50Ms },
        { name: s.p99, cls: 'p99', value: (r) => r.p99Ms },
      ],
      format: (n) => `${ms.format(n)} ms`,
      floor: 10,
    },
    {
      title: s.chartCold,
      series: [{ name: s.chartCold, cls: 'cold', value: (r) => r.coldStarts }],
      bars: true,
      format: INT,
    },
    {
      title: s.chartCost,
      series: [{ name: s.chartCost, cls: 'cost', value: (r) => r.cumulativeCostUsd }],
      format: (n) => usd.format(n),
      floor: 0.000001,
    },
  ];
  panels.forEach((panel, i) => {
    const top = M.top + i * (PANEL_H + GAP);
    const g = svg.append('g').attr('class', `panel panel--${panel.series[0]!.cls}`);
    const values = seconds.flatMap((r) => panel.series.map((sr) => sr.value(r) ?? 0));
    const max = Math.max(panel.floor ?? (panel.bars || panel.series[0]!.step ? 2 : 1), d3.max(values) ?? 0);
    const y = d3
      .scaleLinear()
      .domain([0, max])
      .nice()
      .range([top + PANEL_H, top]);
    g.append('text')
      .attr('class', 'panel-title')
      .attr('x', M.left)
      .attr('y', top - 5)
      .text(panel.title);
    g.append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(${M.left},0)`)
      .call(
        d3
          .axisLeft(y)
          .ticks(Math.min(3, panel.format === INT ? y.domain()[1]! : 3))
          .tickFormat((v) => (panel.format ?? String)(Number(v))),
      );
    g.append('g')
      .attr('class', 'axis')
      .attr('transform', `translate(0,${top + PANEL_H})`)
      .call(
        d3
          .axisBottom(x)
          .ticks(8)
          .tickFormat(i === panels.length - 1 ? d3.format('d') : () => ''),
      );
    if (panel.bars) {
      const w = Math.max(1, x(1) - x(0) - 1);
      g.selectAll('rect')
        .data(seconds.filter((r) => r.coldStarts > 0))
        .join('rect')
        .attr('class', 'bar bar--cold')
        .attr('x', (r) => x(r.second))
        .attr('width', w)
        .attr('y', (r) => y(r.coldStarts))
        .attr('height', (r) => y(0) - y(r.coldStarts));
    } else {
      for (const sr of panel.series) {
        const line = d3
          .line<LoadSecond>()
          .defined((r) => sr.value(r) !== null)
          .x((r) => x(r.second + (sr.step ? 0 : 0.5)))
          .y((r) => y(sr.value(r) ?? 0));
        if (sr.step) line.curve(d3.curveStepAfter);
        g.append('path')
          .attr('class', `series series--${sr.cls}`)
          .datum(seconds as LoadSecond[])
          .attr('d', line);
      }
    }
    if (panel.series.length > 1) {
      const legend = g
        .append('g')
        .attr('class', 'legend')
        .attr('transform', `translate(${WIDTH - M.right - 150},${top - 5})`);
      panel.series.forEach((sr, k) => {
        legend
          .append('line')
          .attr('class', `series series--${sr.cls}`)
          .attr('x1', k * 75)
          .attr('x2', k * 75 + 18)
          .attr('y1', -4)
          .attr('y2', -4);
        legend
          .append('text')
          .attr('x', k * 75 + 22)
          .attr('y', 0)
          .text(sr.name);
      });
    }
  });
  svg
    .append('g')
    .attr('class', 'panel')
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', WIDTH / 2)
    .attr('y', CHARTS_HEIGHT - 2)
    .attr('text-anchor', 'middle')
    .text(s.axisSeconds);
}
