/**
 * Duplicate mapping keys in linear time. The yaml library's `uniqueKeys` compares every new key with
 * every earlier one of its map (quadratic: 40,000 keys took minutes), so documents are parsed without
 * it and this one pass over the tree finds the same duplicates with a Set per map. Keys compare as the
 * library does: scalars by type and value; collection keys only by identity (never duplicates).
 */
import { isMap, isScalar, visit, type Document } from 'yaml';

/** One repeated key: its text and the source offset of the repetition. */
export interface DuplicateKey {
  key: string;
  offset: number;
}

/** Every repeated key of `doc`, in document order. */
export function findDuplicateKeys(doc: Document): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) found.push({ key: String(key.value), offset: key.range?.[0] ?? 0 });
        else seen.add(id);
      }
    },
  });
  return found;
}
