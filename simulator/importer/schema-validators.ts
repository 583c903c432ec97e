import { SIMULATED_KINDS } from './kind-table.ts';
import type { ModelClass } from './schema-models.ts';
import type { FieldPath } from './yaml-locator.ts';

/** One schema violation, reduced from kubernetes-models' (ajv) error. */
export interface SchemaViolation {
  path: FieldPath;
  keyword: 'required' | 'type' | 'enum' | 'unknown-field' | 'other';
  /** required: the missing field; type: the expected type; enum: allowed values joined; unknown-field: a hint (the nearest known name) or empty; other: the validator's text. */
  detail: string;
  value: unknown;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: { missingProperty?: string; type?: string; allowedValues?: unknown[]; format?: string };
  message?: string;
}

let models: Record<string, ModelClass> | null = null;

/**
 * Makes the kubernetes-models validators available. In Node (tests, CLI, benchmarks) they load on first
 * use through require; the browser calls this once (the island does, when it mounts) so that the ~70 KB of
 * validators arrive in their own chunk instead of with the engine.
 */
export async function loadSchemaValidators(): Promise<void> {
  if (!models) models = (await import('./schema-models.ts')).SCHEMA_MODELS;
}

/** True once the validators are loaded (until then only fields, values and kinds are checked). */
export function schemaValidatorsLoaded(): boolean {
  return models !== null || loadWithRequire() !== null;
}

function loadWithRequire(): Record<string, ModelClass> | null {
  if (models) return models;
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } })
    .process?.getBuiltinModule;
  const moduleApi = getBuiltinModule?.('node:module') as
    { createRequire(url: string): (id: string) => Record<string, unknown> } | undefined;
  if (!moduleApi) return null;
  const require = moduleApi.createRequire(import.meta.url);
  const loaded: Record<string, ModelClass> = {};
  for (const k of SIMULATED_KINDS)
    loaded[`${k.apiVersion}/${k.kind}`] = require(`kubernetes-models/${k.modelPath}`)[k.kind] as ModelClass;
  models = loaded;
  return models;
}

/** True when a schema validator exists for this apiVersion/kind (loading the validators in Node). */
export function hasSchemaValidator(apiVersion: string, kind: string): boolean {
  return loadWithRequire()?.[`${apiVersion}/${kind}`] !== undefined;
}

/**
 * Validates an object with kubernetes-models' validator for its kind (types, required fields and enums
 * from the official OpenAPI) and returns the violations with field paths, one per path.
 */
export function validateSchema(
  object: Record<string, unknown>,
  apiVersion: string,
  kind: string,
): SchemaViolation[] {
  const Model = loadWithRequire()?.[`${apiVersion}/${kind}`];
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
      const base = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
      const path =
        e.keyword === 'required' && e.params.missingProperty ? [...base, e.params.missingProperty] : base;
      const key = path.join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      const value = valueAt(object, base);
      if (e.keyword === 'required')
        out.push({ path, keyword: 'required', detail: e.params.missingProperty ?? '', value });
      else if (e.keyword === 'type') out.push({ path, keyword: 'type', detail: e.params.type ?? '', value });
      else if (e.keyword === 'enum')
        out.push({
          path,
          keyword: 'enum',
          detail: (e.params.allowedValues ?? []).map((v) => `"${String(v)}"`).join(', '),
          value,
        });
      else out.push({ path, keyword: 'other', detail: e.message ?? e.keyword, value });
    }
    return out;
  }
}

function valueAt(object: unknown, path: FieldPath): unknown {
  let node = object;
  for (const segment of path)
    node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined;
  return node;
}
