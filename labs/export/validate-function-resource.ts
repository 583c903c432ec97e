/**
 * Validates a Function resource against the OpenAPI v3 schema of the OpenFaaS CRD (schemas/function-crd.yaml,
 * copied from faas-netes), as the API server would. Node only (reads the schema file).
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import type { SchemaViolation } from '../../simulator/index.ts';

interface CrdDocument {
  spec: { versions: Array<{ name: string; schema: { openAPIV3Schema: Record<string, unknown> } }> };
}

let compiled: ValidateFunction | undefined;

function functionSchemaValidator(): ValidateFunction {
  if (compiled) return compiled;
  const crd = parse(
    readFileSync(new URL('./schemas/function-crd.yaml', import.meta.url), 'utf8'),
  ) as CrdDocument;
  const schema = crd.spec.versions.find((v) => v.name === 'v1')?.schema.openAPIV3Schema;
  if (!schema) throw new Error('schemas/function-crd.yaml has no v1 openAPIV3Schema');
  // Structural CRD schemas prune unknown fields rather than reject them; FaaS Lab is stricter and rejects them,
  // so a typo in an export fails here instead of vanishing on the cluster.
  const strict = closeObjects(schema) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  compiled = ajv.compile(strict);
  return compiled;
}

/** Returns every violation of the CRD schema (unknown fields included); empty when valid. */
export function validateFunctionResource(resource: unknown): SchemaViolation[] {
  const validate = functionSchemaValidator();
  if (validate(resource)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => violation(e, resource));
}

// ajv's error → the simulator's SchemaViolation, so the export reports CRD and built-in kinds alike.
function violation(e: ErrorObject, resource: unknown): SchemaViolation {
  const base = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
  const value = base.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined,
    resource,
  );
  const params = e.params as {
    additionalProperty?: string;
    missingProperty?: string;
    type?: string;
    allowedValues?: unknown[];
  };
  if (e.keyword === 'additionalProperties')
    return {
      path: [...base, String(params.additionalProperty)],
      keyword: 'unknown-field',
      detail: '',
      value: undefined,
    };
  if (e.keyword === 'required')
    return {
      path: [...base, String(params.missingProperty)],
      keyword: 'required',
      detail: String(params.missingProperty),
      value: undefined,
    };
  if (e.keyword === 'type') return { path: base, keyword: 'type', detail: String(params.type), value };
  if (e.keyword === 'enum')
    return {
      path: base,
      keyword: 'enum',
      detail: (params.allowedValues ?? []).map((v) => `"${String(v)}"`).join(', '),
      value,
    };
  return { path: base, keyword: 'other', detail: e.message ?? e.keyword, value };
}

// Adds additionalProperties:false to every object schema with declared properties (metadata stays open).
function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema))
    out[key] = key === 'properties' ? mapValues(value, closeObjects) : closeObjects(value);
  if (out.type === 'object' && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

function mapValues(value: unknown, fn: (v: unknown) => unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fn(v)]));
}
