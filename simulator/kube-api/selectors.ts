/**
 * Label and field selectors as the apiserver reads them (`?labelSelector=app=web,tier!=db`,
 * `?fieldSelector=metadata.name=x,spec.nodeName=n`). Set-based label expressions (`in`, `notin`, `!key`)
 * are supported; a selector that does not parse is an error value, not a throw.
 */
import { isJson, type Json } from './object-meta.ts';

type Requirement = (labels: Record<string, string>) => boolean;

/** A parsed label selector, or the apiserver's error text. */
export function parseLabelSelector(text: string): Requirement[] | { error: string } {
  const out: Requirement[] = [];
  const parts = text.match(/([^,(]+(\([^)]*\))?)/g) ?? [];
  for (const raw of parts) {
    const part = raw.trim();
    if (!part) continue;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part))) {
      const key = m[1]!;
      const values = m[3]!.split(',').map((v) => v.trim());
      const negate = m[2] === 'notin';
      out.push((l) => (key in l && values.includes(l[key]!)) !== negate);
    } else if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(part))) {
      const [, key, op, value] = m as unknown as [string, string, string, string];
      out.push(op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value);
    } else if ((m = /^!([\w./-]+)$/.exec(part))) {
      const key = m[1]!;
      out.push((l) => !(key in l));
    } else if ((m = /^([\w./-]+)$/.exec(part))) {
      const key = m[1]!;
      out.push((l) => key in l);
    } else return { error: `unable to parse requirement: found '${part}'` };
  }
  return out;
}

/** A parsed field selector: `path=value` / `path!=value` pairs. */
export function parseFieldSelector(
  text: string,
): Array<{ path: string; value: string; negate: boolean }> | { error: string } {
  const out = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (!part) continue;
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) return { error: `invalid selector: '${text}'; can't understand '${part}'` };
    out.push({ path: m[1]!, value: m[3]!, negate: m[2] === '!=' });
  }
  return out;
}

/** Reads a dotted path such as `involvedObject.name` from an object ('' when absent). */
export function fieldValue(o: Json, path: string): string {
  let cur: unknown = o;
  for (const key of path.split('.')) cur = isJson(cur) ? cur[key] : undefined;
  return cur === undefined || cur === null ? '' : String(cur);
}

/** Does the object pass both selectors? */
export function selectorsMatch(
  o: Json,
  labels: Requirement[],
  fields: Array<{ path: string; value: string; negate: boolean }>,
): boolean {
  const meta = isJson(o.metadata) ? o.metadata : {};
  const l = (isJson(meta.labels) ? meta.labels : {}) as Record<string, string>;
  return labels.every((r) => r(l)) && fields.every((f) => (fieldValue(o, f.path) === f.value) !== f.negate);
}
