/**
 * The cells and columns the `kubectl get` printers share: column constructors, the label and selector
 * formats, and the containers/images/selector cells of workloads (printers.go layoutContainerCells).
 */
import { ageSince } from './human-duration.ts';
import { arr, type Json, obj } from './object-meta.ts';

/** A column of a Table. */
export interface TableColumn {
  name: string;
  type: 'string' | 'integer' | 'boolean';
  priority?: 1;
  format?: 'name';
}

/** How one kind prints. */
export interface KindPrinter {
  columns: readonly TableColumn[];
  cells(o: Json, nowMs: number): Array<string | number | boolean>;
}

export const str = (name: string, priority?: 1): TableColumn => ({
  name,
  type: 'string',
  ...(priority ? { priority } : {}),
});
export const int = (name: string): TableColumn => ({ name, type: 'integer' });
export const NAME: TableColumn = { name: 'Name', type: 'string', format: 'name' };
export const AGE = str('Age');
export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
export const meta = (o: Json): Json => obj(o.metadata);
export const age = (o: Json, now: number): string => ageSince(meta(o).creationTimestamp, now);

/** labels.FormatLabels: sorted `k=v` joined by commas, `<none>` when empty. */
export function formatLabels(labels: unknown): string {
  const entries = Object.entries(obj(labels)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? entries.map(([k, v]) => `${k}=${String(v)}`).join(',') : '<none>';
}

/** A LabelSelector as `metav1.LabelSelectorAsSelector(...).String()`. */
export function formatSelector(selector: unknown): string {
  const s = obj(selector);
  const parts: Array<[string, string]> = Object.entries(obj(s.matchLabels)).map(([k, v]) => [
    k,
    `${k}=${String(v)}`,
  ]);
  for (const e of arr(s.matchExpressions)) {
    const key = String(e.key);
    const values = (Array.isArray(e.values) ? e.values.map(String) : []).sort();
    const op = String(e.operator);
    parts.push([
      key,
      op === 'In'
        ? `${key} in (${values.join(',')})`
        : op === 'NotIn'
          ? `${key} notin (${values.join(',')})`
          : op === 'Exists'
            ? key
            : `!${key}`,
    ]);
  }
  return parts
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, t]) => t)
    .join(',');
}

/** The first `max` items, then ` + N more...` (listWithMoreString). */
export function listWithMore(list: string[], count: number, max: number, empty: string): string {
  const shown = list.slice(0, max).join(',');
  if (count > max) return `${shown} + ${count - max} more...`;
  return shown || empty;
}

export function containerCells(template: unknown): [string, string] {
  const containers = arr(obj(obj(template).spec).containers);
  return [containers.map((c) => String(c.name)).join(','), containers.map((c) => String(c.image)).join(',')];
}

/** An object's name cell. */
export const k8sName = (o: Json): string => String(meta(o).name ?? '');

/** The wide columns of a workload: its containers, their images, its selector. */
export const WORKLOAD_WIDE: TableColumn[] = [str('Containers', 1), str('Images', 1), str('Selector', 1)];

/** The cells of {@link WORKLOAD_WIDE}. */
export function workloadWideCells(spec: Json): string[] {
  return [...containerCells(spec.template), formatSelector(spec.selector)];
}
