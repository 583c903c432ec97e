import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Pod } from 'kubernetes-models/v1/Pod';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { ReplicaSet } from 'kubernetes-models/apps/v1/ReplicaSet';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { IngressClass } from 'kubernetes-models/networking.k8s.io/v1/IngressClass';
import type { FieldPath } from './yaml-locator.ts';

/** One schema violation, reduced from kubernetes-models' (ajv) error. */
export interface SchemaViolation {
  path: FieldPath;
  keyword: 'required' | 'type' | 'enum' | 'other';
  /** required: the missing field; type: the expected type; enum: allowed values joined; other: ajv's text. */
  detail: string;
  value: unknown;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: { missingProperty?: string; type?: string; allowedValues?: unknown[]; format?: string };
  message?: string;
}

type ModelClass = new (data: never) => { validate(): void };
const MODELS: Record<string, ModelClass> = {
  'v1/Namespace': Namespace as unknown as ModelClass,
  'v1/Pod': Pod as unknown as ModelClass,
  'v1/Service': Service as unknown as ModelClass,
  'v1/ConfigMap': ConfigMap as unknown as ModelClass,
  'v1/Secret': Secret as unknown as ModelClass,
  'apps/v1/Deployment': Deployment as unknown as ModelClass,
  'apps/v1/ReplicaSet': ReplicaSet as unknown as ModelClass,
  'networking.k8s.io/v1/Ingress': Ingress as unknown as ModelClass,
  'networking.k8s.io/v1/IngressClass': IngressClass as unknown as ModelClass,
};

/**
 * Validates an object with kubernetes-models' validator for its kind (types, required fields and enums
 * from the official OpenAPI) and returns the violations with field paths, one per path.
 */
export function validateSchema(object: Record<string, unknown>, apiVersion: string, kind: string): SchemaViolation[] {
  const Model = MODELS[`${apiVersion}/${kind}`];
  if (!Model) return [];
  try {
    new Model(object as never).validate();
    return [];
  } catch (error) {
    const errors = (error as { errors?: AjvError[] }).errors;
    if (!Array.isArray(errors)) throw new Error(`validator for ${kind} failed`, { cause: error });
    const seen = new Set<string>();
    const out: SchemaViolation[] = [];
    for (const e of errors) {
      const base = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
      const path = e.keyword === 'required' && e.params.missingProperty ? [...base, e.params.missingProperty] : base;
      const key = path.join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      const value = valueAt(object, base);
      if (e.keyword === 'required') out.push({ path, keyword: 'required', detail: e.params.missingProperty ?? '', value });
      else if (e.keyword === 'type') out.push({ path, keyword: 'type', detail: e.params.type ?? '', value });
      else if (e.keyword === 'enum') out.push({ path, keyword: 'enum', detail: (e.params.allowedValues ?? []).map((v) => `"${String(v)}"`).join(', '), value });
      else out.push({ path, keyword: 'other', detail: e.message ?? e.keyword, value });
    }
    return out;
  }
}

function valueAt(object: unknown, path: FieldPath): unknown {
  let node = object;
  for (const segment of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}
