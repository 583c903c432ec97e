import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** A field path as segments: `['spec', 'ports', 0, 'nodePort']`. */
export type FieldPath = ReadonlyArray<string | number>;

/** Formats segments the way kubectl does: `spec.ports[0].nodePort`. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const segment of path)
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${segment}` : segment;
  return out;
}

/**
 * Finds where a field path sits in a parsed YAML document. `at: 'key'` points at the key (for an unknown
 * field), `'value'` at its value. When the path does not exist (a migrated or missing field), it returns
 * the position of the deepest ancestor that does.
 */
export function locate(
  doc: Document,
  lineCounter: LineCounter,
  path: FieldPath,
  at: 'key' | 'value' = 'value',
): Position {
  let node: unknown = doc.contents;
  let best = offsetOf(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      const keyOffset = offsetOf(pair.key);
      if (last && at === 'key' && keyOffset !== undefined) {
        best = keyOffset;
        break;
      }
      node = pair.value;
      // Until the whole path resolves, point at the key: a missing child is reported on its parent's line.
      best = (last ? offsetOf(node) : undefined) ?? keyOffset ?? best;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      node = item;
      best = offsetOf(node) ?? best;
      if (last) break;
    } else break;
  }
  const { line, col } = lineCounter.linePos(best);
  return { line, column: col };
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
