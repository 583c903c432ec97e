import fieldSchema from './schema/field-schema.json' with { type: 'json' };
import type { FieldPath } from './yaml-locator.ts';

/** One unknown field: its path and, when a known field is one or two edits away, that field. */
export interface UnknownField {
  path: FieldPath;
  hint: string | null;
}

const TYPES = fieldSchema.types as Record<string, Record<string, string>>;
const KINDS = fieldSchema.kinds as Record<string, string>;

/**
 * Walks an object against the OpenAPI field names (field-schema.json, generated from kubernetes-models)
 * and lists every field the API server's strict field validation would reject
 * (kubernetes.io/docs/reference/using-api/api-concepts/#field-validation).
 */
export function findUnknownFields(object: unknown, apiVersion: string, kind: string): UnknownField[] {
  const key = `${apiVersion}/${kind}`;
  const typeName = Object.hasOwn(KINDS, key) ? KINDS[key] : undefined;
  const found: UnknownField[] = [];
  if (typeName) walk(object, typeName, [], found);
  return found;
}

function walk(value: unknown, typeName: string, path: Array<string | number>, found: UnknownField[]): void {
  if (typeName === '.' || typeName === '*' || value === null || typeof value !== 'object') return;
  if (typeName.endsWith('[]')) {
    if (!Array.isArray(value)) return;
    const element = typeName.slice(0, -2);
    value.forEach((item, index) => walk(item, element, [...path, index], found));
    return;
  }
  const fields = Object.hasOwn(TYPES, typeName) ? TYPES[typeName] : undefined;
  if (!fields || Array.isArray(value)) return;
  for (const [key, child] of Object.entries(value)) {
    // Own properties only: a field named "valueOf" or "__proto__" is unknown, not a prototype method.
    const childType = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (childType === undefined)
      found.push({ path: [...path, key], hint: closestField(key, Object.keys(fields)) });
    else walk(child, childType, [...path, key], found);
  }
}

/** The known field closest to a misspelt one (Damerau-free edit distance ≤ 2), or null. */
export function closestField(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Levenshtein distance (insertions, deletions, substitutions); 3 when the lengths differ by more than 2
 * (callers ask only whether it is at most 2).
 */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 3;
}
