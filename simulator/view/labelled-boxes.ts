import type { Selection } from 'd3';

/** A `<g>` layer of the drawing. */
export type Layer = Selection<SVGGElement, unknown, null, undefined>;

/** Anything drawn as a box: its key (for D3's join) and place. */
export interface Box {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How one kind of box is drawn: its corner radius, classes, label, optional second line and tooltip. */
export interface BoxDrawing<T extends Box> {
  /** The class every box of this kind has (the join selects `g.<kind>`). */
  kind: string;
  rx: number;
  /** All the box's classes; must include `kind`. */
  className: (d: T) => string;
  label: { x: number; y: number; className?: string; text: (d: T) => string };
  sublabel?: { y: number; text: (d: T) => string };
  title: (d: T) => string;
}

/**
 * Joins boxes to `<g>` groups (a rect, a label, maybe a second line, a tooltip), keyed so a box that moves
 * keeps its element: the one join behind entry points, Services, nodes and Pods.
 */
export function drawBoxes<T extends Box>(layer: Layer, boxes: T[], drawing: BoxDrawing<T>): void {
  const labelClass = drawing.label.className;
  const g = layer
    .selectAll<SVGGElement, T>(`g.${drawing.kind}`)
    .data(boxes, (d) => d.key)
    .join((enter) => {
      const e = enter.append('g');
      e.append('rect').attr('rx', drawing.rx);
      const label = e.append('text');
      if (labelClass) label.attr('class', labelClass);
      if (drawing.sublabel) e.append('text').attr('class', 'sublabel');
      e.append('title');
      return e;
    })
    .attr('class', drawing.className)
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  g.select('rect')
    .attr('width', (d) => d.width)
    .attr('height', (d) => d.height);
  g.select(labelClass ? `text.${labelClass}` : 'text')
    .attr('x', drawing.label.x)
    .attr('y', drawing.label.y)
    .text(drawing.label.text);
  const sublabel = drawing.sublabel;
  if (sublabel) g.select('text.sublabel').attr('x', 8).attr('y', sublabel.y).text(sublabel.text);
  g.select('title').text(drawing.title);
}
