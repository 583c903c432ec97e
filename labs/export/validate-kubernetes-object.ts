/**
 * Validates an exported Kubernetes object against the Kubernetes OpenAPI schema (kubernetes-models, the
 * 1.33 API) and, stricter than that schema, rejects unknown fields as `kubectl apply --validate=strict` does.
 *
 * kubernetes-models' validators ignore unknown fields, so the strict check probes them: each field in turn is
 * replaced by a value of the wrong type; a field the schema knows then fails at its own path, an unknown
 * field passes silently — and is reported.
 */
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Pod } from 'kubernetes-models/v1/Pod';
import { Service } from 'kubernetes-models/v1/Service';
import type { SchemaViolation } from './validate-function-resource.ts';

interface Validatable {
  validate(): void;
}
type ModelFactory = (data: Record<string, unknown>) => Validatable;

// The kinds FaaS Lab exports or imports from the course; apiVersion/kind → kubernetes-models class.
const MODELS: Record<string, ModelFactory> = {
  'v1/Namespace': (d) => new Namespace(d as never),
  'v1/ConfigMap': (d) => new ConfigMap(d as never),
  'v1/Service': (d) => new Service(d as never),
  'v1/Pod': (d) => new Pod(d as never),
  'apps/v1/Deployment': (d) => new Deployment(d as never),
  'networking.k8s.io/v1/Ingress': (d) => new Ingress(d as never),
  'networking.k8s.io/v1/NetworkPolicy': (d) => new NetworkPolicy(d as never),
};

interface AjvLikeError {
  instancePath: string;
  message?: string;
}

/** The schema errors of one object (empty when valid); throws for a kind it does not know. */
function schemaErrors(object: Record<string, unknown>): AjvLikeError[] {
  const key = `${String(object.apiVersion)}/${String(object.kind)}`;
  const factory = MODELS[key];
  if (!factory) throw new Error(`No Kubernetes schema for ${key}`);
  try {
    factory(object).validate();
    return [];
  } catch (error) {
    const errors = (error as { errors?: AjvLikeError[] }).errors;
    if (!errors) throw error;
    return errors;
  }
}

/** True when validateKubernetesObject can check this apiVersion/kind. */
export function hasKubernetesSchema(apiVersion: string, kind: string): boolean {
  return `${apiVersion}/${kind}` in MODELS;
}

/** Every schema violation and unknown field of a Kubernetes object; empty when it is valid. */
export function validateKubernetesObject(object: Record<string, unknown>): SchemaViolation[] {
  const violations = schemaErrors(object).map((e) => ({
    path: pointerToPath(e.instancePath),
    message: e.message ?? 'invalid',
  }));
  for (const pointer of unknownFieldPointers(object)) {
    violations.push({ path: pointerToPath(pointer), message: 'unknown field' });
  }
  return violations;
}

function unknownFieldPointers(root: Record<string, unknown>): string[] {
  const unknown: string[] = [];
  const visit = (value: unknown, pointer: string, segments: Array<string | number>) => {
    if (typeof value !== 'object' || value === null) return;
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      const childPointer = `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const path = [...segments, key];
      // apiVersion and kind pick the model, so they are not probed.
      if (path.length === 1 && (key === 'apiVersion' || key === 'kind')) continue;
      if (typeof key === 'string' && !isKnown(root, path, childPointer, child)) {
        unknown.push(childPointer);
        continue;
      }
      visit(child, childPointer, path);
    }
  };
  visit(root, '', []);
  return unknown;
}

function isKnown(
  root: Record<string, unknown>,
  path: Array<string | number>,
  pointer: string,
  original: unknown,
): boolean {
  const probe = typeof original === 'boolean' ? 'not-a-boolean' : true;
  const errors = schemaErrors(replaceAt(root, path, probe));
  return errors.some((e) => e.instancePath === pointer || e.instancePath.startsWith(`${pointer}/`));
}

function replaceAt(
  value: unknown,
  path: Array<string | number>,
  replacement: unknown,
): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return replacement as Record<string, unknown>;
  if (Array.isArray(value))
    return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v)) as never;
  const object = value as Record<string, unknown>;
  return { ...object, [head]: replaceAt(object[head], rest, replacement) };
}

/** `/spec/ports/0/nodePort` → `spec.ports[0].nodePort`. */
function pointerToPath(pointer: string): string {
  if (!pointer) return '(root)';
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}
