import type { Document, LineCounter } from 'yaml';
import type { KindExtension, KubeObject } from '../api-types.ts';
import { makeDiagnostic, type MessageParams } from './diagnostic-messages.ts';
import { SIMULATED_KINDS, findKind } from './kind-table.ts';
import { OTHER_KNOWN_KINDS } from './other-kinds.ts';
import { findRemovedApi } from './removed-apis.ts';
import { validateSchema } from './schema-validators.ts';
import { checkSemantics } from './semantic-checks.ts';
import { checkWorkLimits } from './work-limit-checks.ts';
import { closestField, findUnknownFields } from './unknown-fields.ts';
import { MAX_DEPTH } from './nesting-depth.ts';
import { formatFieldPath, locate, type FieldPath, type Position } from './yaml-locator.ts';
import { documentStage, parseStage, positionOf, syntaxDiagnostics } from './yaml-documents.ts';
import type { Diagnostic } from '../../core/index.ts';

export { MAX_DEPTH };
export { MAX_INPUT_BYTES } from './yaml-documents.ts';

/** One imported object with where it came from. */
export interface ImportedObject {
  object: KubeObject;
  file: string;
  /** 0-based index of the YAML document. */
  documentIndex: number;
  /** True for kinds the simulator keeps but does not run. */
  inert: boolean;
  /** True when the namespace was not written and defaulted to `default` (export leaves it out again). */
  namespaceDefaulted?: boolean;
  /** `Kind/namespace/name` of the custom object this one was expanded from (not exported on its own). */
  derivedFrom?: string;
  /** Where a field of this object sits in the source text. */
  locate(path: FieldPath, at?: 'key' | 'value'): Position;
}

/** Result of importing YAML text. Errors mean the caller must not apply any object. */
export interface ImportResult {
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  objects: ImportedObject[];
  /** Documents in a removed API version, as they read once migrated (the fix the student may apply). */
  migrations: Array<{ documentIndex: number; object: KubeObject }>;
}

/** How to import. */
export interface ImportOptions {
  /**
   * Migrate removed API versions (with a warning) instead of refusing them as a cluster does. Only
   * `faaslab sim migrate` and its editor action use it: the refusal is the default, so the student
   * makes the change.
   */
  migrateRemovedApis?: boolean;
}

/**
 * Parses, validates and migrates multi-document YAML. Never throws for bad input: every problem is a
 * positioned, bilingual diagnostic. Oversized input, alias bombs and absurd nesting are refused fast.
 */
export function importManifests(
  yamlText: string,
  fileName: string,
  extensions: readonly KindExtension[] = [],
  options: ImportOptions = {},
): ImportResult {
  const result: ImportResult = { diagnostics: [], warnings: [], objects: [], migrations: [] };
  const origin = { file: fileName, line: 1, column: 1, path: '' };
  const parsed = runStage('parse', origin, result, () => parseStage(yamlText, fileName, result));
  if (!parsed) return result;
  const { documents, lineCounter } = parsed;
  const batch: Batch = { podTally: { pods: 0 }, seen: new Map() };
  documents.forEach((doc, documentIndex) => {
    const at = { ...origin, ...positionOf(lineCounter, doc.contents?.range?.[0] ?? doc.range?.[0] ?? 0) };
    const syntax = runStage('parse', at, result, () => syntaxDiagnostics(doc, lineCounter, fileName));
    if (syntax === undefined) return;
    if (syntax.length > 0) return void result.diagnostics.push(...syntax);
    const raw = runStage('documents', at, result, () => documentStage(doc, lineCounter, fileName, result));
    if (raw === undefined) return;
    // `kind: List` (v1) holds objects in `items`; each is imported as if it were its own document.
    const items: Array<{ data: unknown; base: FieldPath }> = isList(raw)
      ? (raw.items as unknown[]).map((data, i) => ({ data, base: ['items', i] }))
      : [{ data: raw, base: [] }];
    for (const { data, base } of items)
      runStage('validate', at, result, () =>
        validateStage(
          data,
          { doc, lineCounter, base, fileName, documentIndex },
          extensions,
          batch,
          result,
          options,
        ),
      );
  });
  return result;
}

/** The stages of an import, in order; `admit` and `apply` run in the simulation (simulation.ts). */
export type ImportStage = 'parse' | 'documents' | 'validate' | 'admit' | 'apply';

/**
 * Runs one stage; any exception inside it — a bug of ours or of a library, a stack overflow — becomes
 * a positioned diagnostic instead of escaping to the page or the CLI. Returns undefined when it threw.
 */
export function runStage<T>(
  stage: ImportStage,
  place: { file: string; line: number; column: number; path: string },
  result: { diagnostics: Diagnostic[] },
  run: () => T,
): T | undefined {
  try {
    return run();
  } catch (error) {
    result.diagnostics.push(stageFailure(stage, place, error));
    return undefined;
  }
}

/** The diagnostic for an exception thrown inside a stage. */
export function stageFailure(
  stage: ImportStage,
  place: { file: string; line: number; column: number; path: string },
  error: unknown,
): Diagnostic {
  if (error instanceof RangeError && /call stack/i.test(error.message))
    return makeDiagnostic('yaml-too-deep', place, { limit: MAX_DEPTH });
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return makeDiagnostic('internal-error', place, { stage, detail: detail.slice(0, 300) });
}

interface Batch {
  podTally: { pods: number };
  seen: Map<string, number>;
}

interface Where {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Path of the object inside its document: [] or ['items', i] in a List. */
  base: FieldPath;
  fileName: string;
  documentIndex: number;
}

function isList(raw: unknown): raw is { items: unknown[] } {
  const data = raw as Record<string, unknown>;
  return data.apiVersion === 'v1' && data.kind === 'List' && Array.isArray(data.items);
}

/** validate: one object's type meta, removed APIs, fields, values and limits; adds it to the result. */
function validateStage(
  raw: unknown,
  where: Where,
  extensions: readonly KindExtension[],
  batch: Batch,
  result: ImportResult,
  options: ImportOptions,
): void {
  const { doc, lineCounter, base, fileName, documentIndex } = where;
  const report = (
    code: string,
    path: FieldPath,
    params: MessageParams = {},
    at: 'key' | 'value' = 'value',
  ): void => {
    const pos = locate(doc, lineCounter, [...base, ...path], at);
    const diagnostic = makeDiagnostic(
      code,
      { file: fileName, line: pos.line, column: pos.column, path: formatFieldPath(path) },
      params,
    );
    (diagnostic.severity === 'error' ? result.diagnostics : result.warnings).push(diagnostic);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return report('not-a-mapping', []);
  const data = raw as Record<string, unknown>;
  for (const field of ['apiVersion', 'kind'] as const)
    if (typeof data[field] !== 'string' || data[field] === '')
      return report('missing-type-meta', [field], { field });
  let object = data as unknown as KubeObject;
  const removed = findRemovedApi(object.apiVersion, object.kind);
  if (removed) {
    const metadata = (data.metadata ?? {}) as { name?: unknown; namespace?: unknown };
    const params = {
      kind: removed.kind,
      apiVersion: removed.apiVersion,
      removedIn: removed.removedIn,
      replacement: removed.replacement,
      changes: removed.changes,
      name: typeof metadata.name === 'string' ? metadata.name : '',
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : '',
      file: fileName,
    };
    const migrated = removed.migrate(object);
    result.migrations.push({ documentIndex, object: migrated });
    if (!options.migrateRemovedApis) return report('removed-api-version', ['apiVersion'], params);
    report('removed-api-migrated', ['apiVersion'], params);
    object = migrated;
  }
  const before = result.diagnostics.length;
  const extension = extensions.find((e) => e.apiVersion === object.apiVersion && e.kind === object.kind);
  const entry = findKind(object.apiVersion, object.kind);
  let inert = false;
  if (extension) {
    checkMetadata(object, report);
    for (const problem of extension.validate?.(object) ?? []) {
      const pos = locate(doc, lineCounter, [
        ...base,
        ...problem.path
          .split(/[.[\]]+/)
          .filter(Boolean)
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
      ]);
      const { path, ...rest } = problem;
      (problem.severity === 'error' ? result.diagnostics : result.warnings).push({
        ...rest,
        place: { file: fileName, line: pos.line, column: pos.column, path },
      });
    }
  } else if (entry) {
    const unknownFields = findUnknownFields(object, object.apiVersion, object.kind);
    for (const unknown of unknownFields)
      report(
        'unknown-field',
        unknown.path,
        { field: formatFieldPath(unknown.path), ...(unknown.hint ? { hint: unknown.hint } : {}) },
        'key',
      );
    // A field named like an Object.prototype member (`__proto__`) is reported above; the schema
    // validator is not asked about an object it would misread.
    if (unknownFields.length === 0)
      for (const v of validateSchema(object, object.apiVersion, object.kind)) {
        if (v.keyword === 'required') report('required-field', v.path, { field: formatFieldPath(v.path) });
        else if (v.keyword === 'type')
          report('wrong-type', v.path, {
            expected: v.detail,
            expectedEs: TYPE_NAMES_ES[v.detail] ?? v.detail,
          });
        else if (v.keyword === 'enum')
          report('invalid-enum', v.path, { value: String(v.value), allowed: v.detail });
        else report('invalid-value', v.path, { detail: v.detail, detailEs: v.detail });
      }
    checkMetadata(object, report);
    if (result.diagnostics.length === before) {
      for (const p of checkSemantics(object)) report(p.code, p.path, p.params);
      for (const p of checkWorkLimits(object, batch.podTally)) report(p.code, p.path, p.params);
    }
  } else if (OTHER_KNOWN_KINDS.get(object.kind) === object.apiVersion) {
    checkMetadata(object, report);
    report('kind-not-simulated', ['kind'], { kind: object.kind });
    inert = true;
  } else {
    const closest = closestField(
      object.kind,
      SIMULATED_KINDS.map((k) => k.kind),
    );
    const sameKind = SIMULATED_KINDS.find((k) => k.kind === closest);
    const hint = sameKind ? `apiVersion: ${sameKind.apiVersion}, kind: ${sameKind.kind}` : '';
    return report('unknown-kind', ['kind'], { kind: object.kind, apiVersion: object.apiVersion, hint });
  }
  if (result.diagnostics.length > before) return;
  const namespaced = extension ? extension.namespaced : entry ? entry.namespaced : true;
  const metadata = { ...object.metadata };
  const namespaceDefaulted = namespaced && metadata.namespace === undefined;
  if (namespaced) metadata.namespace = metadata.namespace ?? 'default';
  else delete metadata.namespace;
  object = { ...object, metadata };
  const key = `${object.kind}/${metadata.namespace ?? ''}/${metadata.name}`;
  const line = locate(doc, lineCounter, [...base, 'metadata', 'name']).line;
  const first = batch.seen.get(key);
  if (first !== undefined)
    return report('duplicate-object', ['metadata', 'name'], {
      kind: object.kind,
      name: metadata.name,
      firstLine: first,
    });
  batch.seen.set(key, line);
  result.objects.push({
    object,
    file: fileName,
    documentIndex,
    inert,
    namespaceDefaulted,
    locate: (path, at) => locate(doc, lineCounter, [...base, ...path], at),
  });
}

const TYPE_NAMES_ES: Record<string, string> = {
  integer: 'un número entero',
  string: 'un texto',
  object: 'un objeto (clave: valor)',
  array: 'una lista (- elemento)',
  boolean: 'true o false',
};

function checkMetadata(
  object: KubeObject,
  report: (code: string, path: FieldPath, params?: MessageParams) => void,
): void {
  const metadata: unknown = object.metadata;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
    return report('required-field', ['metadata'], { field: 'metadata' });
  if (typeof object.metadata.name !== 'string' || object.metadata.name === '')
    report('required-field', ['metadata', 'name'], { field: 'metadata.name' });
}
