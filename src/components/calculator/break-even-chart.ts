/**
 * Draws the break-even chart with D3: monthly cost against requests a month, the FaaS line (flat inside
 * the free tier, then rising), the VM's flat line, the crossing marked, and the student's workload.
 * It draws what calculator-view.ts computed; it decides nothing.
 */
import { axisBottom, axisLeft, line, scaleLinear, select } from 'd3';
import type { BreakEvenChartData } from './calculator-view.ts';
import { formatters } from './calculator-view.ts';
import { type UiStrings } from '../../i18n/translate.ts';
import { fill } from '../../../core/index.ts';

const HEIGHT = 320;
const MARGIN = { top: 34, right: 24, bottom: 48, left: 92 };

/**
 * Redraws the chart inside `svg` (which keeps its title and desc elements). The drawing is as wide as
 * the element (between 340 and 640 units), so its text stays readable on a phone instead of shrinking.
 */
export function drawBreakEvenChart(
  svg: SVGSVGElement,
  data: BreakEvenChartData,
  strings: UiStrings<'calculator'>,
  lang: 'es' | 'en',
): void {
  const WIDTH = Math.round(Math.min(640, Math.max(340, svg.getBoundingClientRect().width || 640)));
  const format = formatters(lang);
  const root = select(svg).attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  root.selectAll('g.chart').remove();
  const g = root.append('g').attr('class', 'chart').attr('aria-hidden', 'true');
  const x = scaleLinear()
    .domain([0, data.xMax])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, data.yMax])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);

  g.append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${HEIGHT - MARGIN.bottom})`)
    .call(
      axisBottom(x)
        .ticks(WIDTH < 480 ? 3 : 5)
        .tickFormat((v) => format.compact(Number(v))),
    );
  g.append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(${MARGIN.left},0)`)
    .call(
      axisLeft(y)
        .ticks(5)
        .tickFormat((v) => format.compactMoney(Number(v))),
    );
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', (MARGIN.left + WIDTH - MARGIN.right) / 2)
    .attr('y', HEIGHT - 8)
    .attr('text-anchor', 'middle')
    .text(strings.axisRequests);
  g.append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(14,${(HEIGHT - MARGIN.bottom + MARGIN.top) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(strings.axisCost);

  const path = line<{ requests: number; cost: number }>()
    .x((p) => x(p.requests))
    .y((p) => y(Math.min(p.cost, data.yMax)));
  g.append('path')
    .attr('class', 'series series--vm')
    .attr(
      'd',
      path([
        { requests: 0, cost: data.vmCost },
        { requests: data.xMax, cost: data.vmCost },
      ]),
    );
  g.append('path')
    .attr('class', 'series series--faas')
    .attr('d', path(clip(data)));

  const current = g.append('g').attr('class', 'mark mark--current');
  current
    .append('line')
    .attr('x1', x(data.current.requests))
    .attr('x2', x(data.current.requests))
    .attr('y1', y(0))
    .attr('y2', MARGIN.top);
  current
    .append('circle')
    .attr('cx', x(data.current.requests))
    .attr('cy', y(Math.min(data.current.cost, data.yMax)))
    .attr('r', 4);
  current
    .append('text')
    .attr('x', x(data.current.requests) + 6)
    .attr('y', MARGIN.top + 12)
    .text(strings.currentMark);

  if (data.breakEven !== null && data.breakEven <= data.xMax) {
    const bx = x(data.breakEven);
    const by = y(data.vmCost);
    const mark = g.append('g').attr('class', 'mark mark--break-even');
    mark.append('circle').attr('cx', bx).attr('cy', by).attr('r', 6);
    const label = fill(strings.breakEvenMark, { n: format.compact(Math.round(data.breakEven)) });
    const anchorEnd = bx > WIDTH * 0.7;
    mark
      .append('text')
      .attr('x', anchorEnd ? bx - 10 : bx + 10)
      .attr('y', by - 12)
      .attr('text-anchor', anchorEnd ? 'end' : 'start')
      .text(label);
  }

  // The legend sits in the top margin, where no line or mark can cover it.
  const legend = g
    .append('g')
    .attr('class', 'legend')
    .attr('transform', `translate(${WIDTH - MARGIN.right - 170},14)`);
  for (const [i, [cls, text]] of (
    [
      ['series--faas', strings.legendFaas],
      ['series--vm', strings.legendVm],
    ] as const
  ).entries()) {
    const item = legend.append('g').attr('transform', `translate(${i * 90},0)`);
    item
      .append('line')
      .attr('class', `series ${cls}`)
      .attr('x1', 0)
      .attr('x2', 22)
      .attr('y1', 0)
      .attr('y2', 0);
    item.append('text').attr('x', 28).attr('y', 4).text(text);
  }
}

/** The FaaS line cut where it leaves the top of the chart, so it ends at the edge instead of off it. */
function clip(data: BreakEvenChartData): { requests: number; cost: number }[] {
  const points: { requests: number; cost: number }[] = [];
  for (const [i, p] of data.faasPoints.entries()) {
    const prev = data.faasPoints[i - 1];
    if (prev && prev.cost <= data.yMax && p.cost > data.yMax) {
      points.push({
        requests:
          prev.requests + ((data.yMax - prev.cost) / (p.cost - prev.cost)) * (p.requests - prev.requests),
        cost: data.yMax,
      });
      break;
    }
    points.push(p);
  }
  return points;
}
