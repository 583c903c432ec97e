import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import type { KindExtension, KubeObject } from '../api-types.ts';
import { makeDiagnostic, type MessageParams } from './diagnostic-messages.ts';
import { SIMULATED_KINDS, findKind } from './kind-table.ts';
import { OTHER_KNOWN_KINDS } from './other-kinds.ts';
import { findRemovedApi } from './removed-apis.ts';
import { validateSchema } from './schema-validators.ts';
import { checkSemantics } from './semantic-checks.ts';
import { closestField, findUnknownFields } from './unknown-fields.ts';
import { formatFieldPath, locate, type FieldPath, type Position } from './yaml-locator.ts';
import type { Diagnostic } from '../../core/index.ts';

/** Largest input accepted, in bytes (2 MB). */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;
/** Deepest nesting accepted; real manifests stay under 20. */
export const MAX_DEPTH = 100;
const MAX_ALIASES = 100;

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
}

/**
 * Parses, validates and migrates multi-document YAML. Never throws for bad input: every problem is a
 * positioned, bilingual diagnostic. Oversized input, alias bombs and absurd nesting are refused fast.
 */
export function importManifests(
  yamlText: string,
  fileName: string,
  extensions: readonly KindExtension[] = [],
): ImportResult {
  const result: ImportResult = { diagnostics: [], warnings: [], objects: [] };
  const origin = { file: fileName, line: 1, column: 1, path: '' };
  const size = new TextEncoder().encode(yamlText).length;
  if (size > MAX_INPUT_BYTES) {
    result.diagnostics.push(makeDiagnostic('input-too-large', origin, { size, limit: MAX_INPUT_BYTES }));
    return result;
  }
  const deepAt = findExcessiveNesting(yamlText);
  if (deepAt !== null) {
    result.diagnostics.push(
      makeDiagnostic('yaml-too-deep', { ...origin, line: deepAt }, { limit: MAX_DEPTH }),
    );
    return result;
  }
  const lineCounter = new LineCounter();
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(yamlText, {
      lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
    }) as Document.Parsed[];
  } catch (error) {
    if (error instanceof RangeError) {
      result.diagnostics.push(makeDiagnostic('yaml-too-deep', origin, { limit: MAX_DEPTH }));
      return result;
    }
    throw new Error('YAML parser failed', { cause: error });
  }
  if (!Array.isArray(documents)) documents = [documents];
  const seen = new Map<string, number>();
  documents.forEach((doc, documentIndex) => {
    const report = (
      code: string,
      path: FieldPath,
      params: MessageParams = {},
      at: 'key' | 'value' = 'value',
    ): void => {
      const pos = locate(doc, lineCounter, path, at);
      const diagnostic = makeDiagnostic(
        code,
        { file: fileName, line: pos.line, column: pos.column, path: formatFieldPath(path) },
        params,
      );
      (diagnostic.severity === 'error' ? result.diagnostics : result.warnings).push(diagnostic);
    };
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
        result.diagnostics.push(
          makeDiagnostic(
            'yaml-syntax',
            { file: fileName, line: pos.line, column: pos.col, path: '' },
            { detail: error.message.split('\n')[0] ?? error.code },
          ),
        );
      }
      return;
    }
    if (doc.contents === null) return;
    let raw: unknown;
    try {
      raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
      if (error instanceof ReferenceError || /alias/i.test(String(error))) report('yaml-alias-bomb', []);
      else if (error instanceof RangeError) report('yaml-too-deep', [], { limit: MAX_DEPTH });
      else throw new Error('YAML conversion failed', { cause: error });
      return;
    }
    if (raw === null || raw === undefined) return;
    if (typeof raw !== 'object' || Array.isArray(raw)) return report('not-a-mapping', []);
    if (depthOf(raw, 0) > MAX_DEPTH) return report('yaml-too-deep', [], { limit: MAX_DEPTH });
    const data = raw as Record<string, unknown>;
    for (const field of ['apiVersion', 'kind'] as const)
      if (typeof data[field] !== 'string' || data[field] === '')
        return report('missing-type-meta', [field], { field });
    let object = data as unknown as KubeObject;
    const removed = findRemovedApi(object.apiVersion, object.kind);
    if (removed) {
      report('removed-api-version', ['apiVersion'], {
        kind: removed.kind,
        apiVersion: removed.apiVersion,
        removedIn: removed.removedIn,
        replacement: removed.replacement,
        changes: removed.changes,
      });
      object = removed.migrate(object);
    }
    const before = result.diagnostics.length;
    const extension = extensions.find((e) => e.apiVersion === object.apiVersion && e.kind === object.kind);
    const entry = findKind(object.apiVersion, object.kind);
    let inert = false;
    if (extension) {
      checkMetadata(object, report);
      for (const problem of extension.validate?.(object) ?? []) {
        const pos = locate(
          doc,
          lineCounter,
          problem.path
            .split(/[.[\]]+/)
            .filter(Boolean)
            .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
        );
        const { path, ...rest } = problem;
        (problem.severity === 'error' ? result.diagnostics : result.warnings).push({
          ...rest,
          place: { file: fileName, line: pos.line, column: pos.column, path },
        });
      }
    } else if (entry) {
      for (const unknown of findUnknownFields(object, object.apiVersion, object.kind))
        report(
          'unknown-field',
          unknown.path,
          { field: formatFieldPath(unknown.path), ...(unknown.hint ? { hint: unknown.hint } : {}) },
          'key',
        );
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
      if (result.diagnostics.length === before)
        for (const p of checkSemantics(object)) report(p.code, p.path, p.params);
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
    const line = locate(doc, lineCounter, ['metadata', 'name']).line;
    const first = seen.get(key);
    if (first !== undefined)
      return report('duplicate-object', ['metadata', 'name'], {
        kind: object.kind,
        name: metadata.name,
        firstLine: first,
      });
    seen.set(key, line);
    result.objects.push({
      object,
      file: fileName,
      documentIndex,
      inert,
      namespaceDefaulted,
      locate: (path, at) => locate(doc, lineCounter, path, at),
    });
  });
  return result;
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

/** Returns the line of the first sign of absurd nesting (deep indentation or flow brackets), or null. */
function findExcessiveNesting(text: string): number | null {
  let line = 1;
  let flowDepth = 0;
  let indent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      atLineStart = true;
      indent = 0;
      continue;
    }
    if (atLineStart) {
      if (c === 32 || c === 45) {
        // Spaces and "- " both open a nesting level in block style.
        if (++indent > MAX_DEPTH * 4) return line;
        continue;
      }
      atLineStart = false;
    }
    if (c === 91 || c === 123) {
      if (++flowDepth > MAX_DEPTH) return line;
    } else if ((c === 93 || c === 125) && flowDepth > 0) flowDepth--;
  }
  return null;
}

function depthOf(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const child of Object.values(value)) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}
