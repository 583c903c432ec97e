/**
 * One object checked as `kubectl apply --validate=strict` would against the API server: the OpenAPI
 * schema of its kind (types, required fields, enums) and strict field validation (unknown fields). The
 * importer runs the same two checks with positions; the export checks what it writes with this.
 */
import type { KubeObject } from '../api-types.ts';
import { findUnknownFields } from './unknown-fields.ts';
import { hasSchemaValidator, validateSchema, type SchemaViolation } from './schema-validators.ts';

/** Every schema violation and unknown field of an object; empty when valid. Throws for a kind without a schema. */
export function validateKubernetesObject(object: KubeObject | Record<string, unknown>): SchemaViolation[] {
  const apiVersion = String(object.apiVersion);
  const kind = String(object.kind);
  if (!hasSchemaValidator(apiVersion, kind))
    throw new Error(`No Kubernetes schema for ${apiVersion}/${kind}`);
  const violations = validateSchema(object as Record<string, unknown>, apiVersion, kind);
  for (const unknown of findUnknownFields(object, apiVersion, kind))
    violations.push({
      path: unknown.path,
      keyword: 'unknown-field',
      detail: unknown.hint ?? '',
      value: undefined,
    });
  return violations;
}
