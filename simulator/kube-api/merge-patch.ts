/**
 * The patch types the apiserver accepts from kubectl: JSON merge patch (RFC 7386) and strategic merge
 * patch (k8s.io/apimachinery/pkg/util/strategicpatch) for the fields and merge keys of the kinds the
 * simulator models. `kubectl apply` sends strategic merge patches with `$setElementOrder/…` and `$patch`
 * directives; `kubectl scale` and `label` send merge patches.
 */
import { isJson, type Json } from './object-meta.ts';

/** Merge keys of lists, by field name (from the Kubernetes API types' `patchMergeKey` tags). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  volumeMounts: 'mountPath',
  volumes: 'name',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  conditions: 'type',
  ownerReferences: 'uid',
};

/** Lists of primitives merged as sets (`finalizers`); other primitive lists are replaced. */
const SET_LISTS = new Set(['finalizers']);

/** RFC 7386 JSON merge patch. */
export function jsonMergePatch(target: unknown, patch: unknown): unknown {
  if (!isJson(patch)) return patch;
  const out: Json = isJson(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = jsonMergePatch(out[k], v);
  }
  return out;
}

/** The merge key of a list field (`containers` → `name`), or null for lists replaced whole. */
export function mergeKeyFor(field: string, items: unknown[]): string | null {
  if (field === 'ports')
    return items.some((i) => isJson(i) && 'containerPort' in i) ? 'containerPort' : 'port';
  return MERGE_KEYS[field] ?? null;
}

/** Strategic merge patch of `patch` onto `target`. */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  if (!isJson(patch)) return patch;
  if (patch.$patch === 'replace') {
    const { $patch: _p, ...rest } = patch;
    return rest;
  }
  if (patch.$patch === 'delete') return undefined;
  const out: Json = isJson(target) ? { ...target } : {};
  const orders = new Map<string, unknown[]>();
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$setElementOrder/')) {
      if (Array.isArray(v)) orders.set(k.slice('$setElementOrder/'.length), v);
      continue;
    }
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      if (Array.isArray(out[field]) && Array.isArray(v))
        out[field] = (out[field] as unknown[]).filter((x) => !v.includes(x));
      continue;
    }
    if (k === '$retainKeys') continue;
    if (v === null) {
      delete out[k];
      continue;
    }
    if (Array.isArray(v)) out[k] = mergeList(k, out[k], v);
    else if (isJson(v)) {
      const merged = strategicMergePatch(out[k], v);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else out[k] = v;
  }
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys.map(String));
    for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
  }
  for (const [field, order] of orders) out[field] = reorder(field, out[field], order);
  return out;
}

function mergeList(field: string, current: unknown, patch: unknown[]): unknown[] {
  const base = Array.isArray(current) ? current : [];
  if (SET_LISTS.has(field)) return [...base, ...patch.filter((p) => !base.includes(p))];
  const key = mergeKeyFor(field, [...base, ...patch]);
  if (!key || !patch.every(isJson)) {
    const replace = patch.filter((p) => !(isJson(p) && p.$patch === 'replace'));
    return replace;
  }
  if (patch.some((p) => isJson(p) && p.$patch === 'replace'))
    return patch.filter((p) => !(isJson(p) && p.$patch === 'replace'));
  const out = [...base];
  for (const item of patch as Json[]) {
    const i = out.findIndex((x) => isJson(x) && x[key] === item[key]);
    if (item.$patch === 'delete') {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    if (i >= 0) out[i] = strategicMergePatch(out[i], item);
    else out.push(strategicMergePatch({}, item));
  }
  return out;
}

function reorder(field: string, list: unknown, order: unknown[]): unknown {
  if (!Array.isArray(list)) return list;
  const key = mergeKeyFor(field, list);
  if (!key) return list;
  const rank = (x: unknown): number => {
    const i = order.findIndex((o) => isJson(o) && isJson(x) && o[key] === x[key]);
    return i < 0 ? order.length : i;
  };
  return [...list].sort((a, b) => rank(a) - rank(b));
}

/** JSON Patch (RFC 6902) for `kubectl patch --type=json`: add, remove, replace. */
export function jsonPatch(target: unknown, ops: unknown): { value: unknown } | { error: string } {
  if (!Array.isArray(ops)) return { error: 'json patch must be a list of operations' };
  let doc = structuredClone(target);
  for (const op of ops) {
    if (!isJson(op) || typeof op.path !== 'string') return { error: 'invalid json patch operation' };
    const parts = op.path
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    if (last === undefined) {
      doc = op.value;
      continue;
    }
    let parent: unknown = doc;
    for (const p of parts)
      parent = Array.isArray(parent) ? parent[Number(p)] : isJson(parent) ? parent[p] : undefined;
    if (!isJson(parent) && !Array.isArray(parent)) return { error: `doc is missing path: "${op.path}"` };
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op.op === 'add') parent.splice(i, 0, op.value);
      else if (op.op === 'remove') parent.splice(i, 1);
      else if (op.op === 'replace') parent[i] = op.value;
      else return { error: `unsupported json patch op "${String(op.op)}"` };
    } else if (op.op === 'add' || op.op === 'replace') parent[last] = op.value;
    else if (op.op === 'remove') delete parent[last];
    else return { error: `unsupported json patch op "${String(op.op)}"` };
  }
  return { value: doc };
}
