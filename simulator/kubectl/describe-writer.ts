/**
 * The pieces kubectl's describers share (k8s.io/kubectl/pkg/describe/describe.go): a prefix writer that
 * indents by level and flushes through Go's tabwriter, multi-line labels, annotations and tolerations,
 * RFC 1123 times and the events table with `x4 over 2m` aggregation.
 */
import { ageSince } from '../kube-api/human-duration.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import { goTabwriter } from './go-tabwriter.ts';

/** Text written at indentation levels, flushed through the tabwriter. */
export class DescribeWriter {
  private pending = '';
  private done = '';

  /** Writes `text` indented by `level` × 2 spaces. */
  write(level: number, text: string): void {
    this.pending += '  '.repeat(level) + text;
  }

  /** Aligns what was written so far as one tabwriter flush. */
  flush(): void {
    this.done += goTabwriter(this.pending);
    this.pending = '';
  }

  /** Everything written. */
  toString(): string {
    this.flush();
    return this.done;
  }
}

/** Go's time.RFC1123Z: `Fri, 04 Dec 2026 23:33:52 +0000`. */
export function rfc1123(time: unknown): string {
  if (typeof time !== 'string') return '<unset>';
  const d = new Date(time);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${day}, ${p(d.getUTCDate())} ${month} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

const sortedKeys = (o: Json): string[] => Object.keys(o).sort();

/**
 * One of kubectl's print*Multiline functions: the title, then `<none>` or one entry a line, the first beside
 * the title and the rest under it; `entriesOf` turns the field's value into those entries.
 */
function multiline(entriesOf: (value: unknown) => string[]) {
  return (w: DescribeWriter, title: string, value: unknown, indent = ''): void => {
    w.write(0, `${indent}${title}:\t`);
    const entries = entriesOf(value);
    if (entries.length === 0) return w.write(0, '<none>\n');
    entries.forEach((entry, i) => w.write(0, `${i ? `${indent}\t` : ''}${entry}\n`));
  };
}

/** printLabelsMultiline. */
export const labelsMultiline = multiline((labels) => {
  const l = isJson(labels) ? labels : {};
  return sortedKeys(l).map((k) => `${k}=${String(l[k])}`);
});

/** printAnnotationsMultiline (the last-applied annotation is skipped, long values cut at 140). */
export const annotationsMultiline = multiline((annotations) => {
  const a = isJson(annotations) ? { ...annotations } : {};
  delete a['kubectl.kubernetes.io/last-applied-configuration'];
  return sortedKeys(a).map((k) => {
    const v = String(a[k]);
    return `${k}: ${v.length > 140 ? v.slice(0, 140) + '...' : v}`;
  });
});

/** printPodTolerationsMultiline. */
export const tolerationsMultiline = multiline((tolerations) => {
  const list = (Array.isArray(tolerations) ? tolerations.filter(isJson) : []).slice();
  list.sort((a, b) =>
    String(a.key ?? '') < String(b.key ?? '') ? -1 : String(a.key ?? '') > String(b.key ?? '') ? 1 : 0,
  );
  return list.map((t) => {
    const key = String(t.key ?? '');
    const value = String(t.value ?? '');
    let s = key;
    if (value) s += `=${value}`;
    if (t.effect) s += `:${String(t.effect)}`;
    if (t.operator === 'Exists' && !value) s += key || t.effect ? ' op=Exists' : 'op=Exists';
    if (typeof t.tolerationSeconds === 'number') s += ` for ${t.tolerationSeconds}s`;
    return s;
  });
});

/**
 * `Name:` (and `Namespace:` when given), then the multi-line `Labels:` and `Annotations:` most describers
 * begin with.
 */
export function nameAndLabels(w: DescribeWriter, m: Json, namespace?: string | null): void {
  w.write(0, `Name:\t${String(m.name)}\n`);
  if (namespace) w.write(0, `Namespace:\t${namespace}\n`);
  labelsMultiline(w, 'Labels', m.labels);
  annotationsMultiline(w, 'Annotations', m.annotations);
}

/** DescribeEvents: the events table, or `<none>`. */
export function describeEvents(w: DescribeWriter, events: Json[], nowMs: number): void {
  if (events.length === 0) return w.write(0, 'Events:\t<none>\n');
  w.flush();
  const sorted = [...events].sort(
    (a, b) => Date.parse(String(a.lastTimestamp)) - Date.parse(String(b.lastTimestamp)),
  );
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = ageSince(e.firstTimestamp, nowMs);
    const count = typeof e.count === 'number' ? e.count : 1;
    const interval = count > 1 ? `${ageSince(e.lastTimestamp, nowMs)} (x${count} over ${first})` : first;
    const source =
      isJson(e.source) && e.source.component
        ? String(e.source.component)
        : String(e.reportingController ?? '');
    w.write(
      1,
      `${String(e.type)}\t${String(e.reason)}\t${interval}\t${source}\t${String(e.message ?? '').trim()}\n`,
    );
  }
}

/** The Kind/Name of an object's controller (`Controlled By`), or ''. */
export function controllerOf(o: Json): string {
  const refs = isJson(o.metadata) ? o.metadata.ownerReferences : undefined;
  const ref = Array.isArray(refs) ? refs.filter(isJson).find((r) => r.controller === true) : undefined;
  return ref ? `${String(ref.kind)}/${String(ref.name)}` : '';
}
