/**
 * kubectl's client-side table printing: Go's text/tabwriter as kubectl configures it (minwidth 6, padding 3,
 * k8s.io/cli-runtime/pkg/printers/tabwriter.go), upper-case headers, `NAMESPACE` first with `-A`, `LABELS`
 * last with `--show-labels`, priority-1 columns only with `-o wide`, `kind.group/name` when several types
 * are printed together.
 */
import type { Json } from '../kube-api/object-meta.ts';
import { formatLabels, type KindPrinter } from '../kube-api/table-printers.ts';

const MIN_WIDTH = 6;
const PADDING = 3;

/** Aligns tab-separated cells as tabwriter.NewWriter(out, 6, 4, 3, ' ', 0) does. */
export function tabwrite(rows: ReadonlyArray<readonly string[]>): string {
  const columns = Math.max(0, ...rows.map((r) => r.length - 1));
  const widths: number[] = [];
  for (let c = 0; c < columns; c++)
    widths[c] = Math.max(
      MIN_WIDTH,
      ...rows.filter((r) => r.length - 1 > c).map((r) => [...r[c]!].length + PADDING),
    );
  return rows
    .map(
      (r) =>
        r
          .map((cell, c) => (c < r.length - 1 ? cell + ' '.repeat(widths[c]! - [...cell].length) : cell))
          .join('') + '\n',
    )
    .join('');
}

/** How to print a table. */
export interface TableOptions {
  wide: boolean;
  withNamespace: boolean;
  showLabels: boolean;
  /** `deployment.apps` to prefix names with, or null. */
  kindPrefix: string | null;
  noHeaders: boolean;
}

/** The rows (header first) of one kind's objects. */
export function tableRows(printer: KindPrinter, objects: Json[], nowMs: number, o: TableOptions): string[][] {
  const shown = printer.columns.map((c, i) => ({ c, i })).filter(({ c }) => o.wide || !c.priority);
  const header = [
    ...(o.withNamespace ? ['NAMESPACE'] : []),
    ...shown.map(({ c }) => c.name.toUpperCase()),
    ...(o.showLabels ? ['LABELS'] : []),
  ];
  const nameIndex = printer.columns.findIndex((c) => c.format === 'name');
  const rows = objects.map((object) => {
    const cells = printer.cells(object, nowMs).map((v) => String(v));
    const meta = object.metadata as Json;
    if (o.kindPrefix && nameIndex >= 0) cells[nameIndex] = `${o.kindPrefix}/${cells[nameIndex]}`;
    return [
      ...(o.withNamespace ? [String(meta.namespace ?? '')] : []),
      ...shown.map(({ i }) => cells[i] ?? ''),
      ...(o.showLabels ? [formatLabels(meta.labels)] : []),
    ];
  });
  return o.noHeaders ? rows : [header, ...rows];
}
