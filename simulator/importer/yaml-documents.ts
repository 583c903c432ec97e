import { LineCounter, isAlias, parseAllDocuments, visit, type Document } from 'yaml';
import { WORK_LIMITS } from '../model/work-limits.ts';
import { makeDiagnostic } from './diagnostic-messages.ts';
import { findDuplicateKeys } from './duplicate-keys.ts';
import { MAX_DEPTH, findExcessiveNesting } from './nesting-depth.ts';
import type { Diagnostic } from '../../core/index.ts';

/**
 * The import's first two stages, YAML text → plain documents: `parse` (size and nesting limits, syntax,
 * repeated keys) and `documents` (aliases bounded and defined before use, one mapping per document).
 */

/**
 * Largest input accepted, in bytes (1 MB; kube-apiserver takes 3 MB per request). The YAML parser
 * reads roughly 0.3–1 MB a second on the 2-core CI machine, so this keeps one apply under ~2 s.
 */
export const MAX_INPUT_BYTES = WORK_LIMITS.inputBytes.ours;
const MAX_ALIASES = 100;

/** Line and column (1-based) of an offset in the text. */
export function positionOf(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** parse: size and nesting checks, then YAML → documents, syntax errors and duplicate keys. */
export function parseStage(
  yamlText: string,
  fileName: string,
  result: { diagnostics: Diagnostic[] },
): { documents: Document.Parsed[]; lineCounter: LineCounter } | undefined {
  const origin = { file: fileName, line: 1, column: 1, path: '' };
  // A string longer than the limit in UTF-16 units is over it in bytes too: refuse without encoding it.
  const size =
    yamlText.length > MAX_INPUT_BYTES ? yamlText.length : new TextEncoder().encode(yamlText).length;
  if (size > MAX_INPUT_BYTES) {
    result.diagnostics.push(
      makeDiagnostic('input-too-large', origin, {
        size,
        limit: MAX_INPUT_BYTES,
        limitMb: MAX_INPUT_BYTES / 1048576,
      }),
    );
    return undefined;
  }
  const deepAt = findExcessiveNesting(yamlText);
  if (deepAt !== null) {
    result.diagnostics.push(
      makeDiagnostic('yaml-too-deep', { ...origin, line: deepAt }, { limit: MAX_DEPTH }),
    );
    return undefined;
  }
  const lineCounter = new LineCounter();
  // uniqueKeys off: the library's check is quadratic; findDuplicateKeys does it in one pass.
  let documents = parseAllDocuments(yamlText, {
    lineCounter,
    uniqueKeys: false,
    prettyErrors: false,
  }) as Document.Parsed[];
  if (!Array.isArray(documents)) documents = [documents];
  if (documents.length > WORK_LIMITS.objectsPerApply.ours) {
    const limit = WORK_LIMITS.objectsPerApply;
    const past = documents[limit.ours]!;
    const pos = lineCounter.linePos(past.contents?.range?.[0] ?? past.range?.[0] ?? 0);
    result.diagnostics.push(
      makeDiagnostic(
        'objects-over-limit',
        { file: fileName, line: pos.line, column: pos.col, path: '' },
        {
          value: documents.length,
          limit: limit.ours,
          real: limit.kubernetes.en,
          realEs: limit.kubernetes.es,
        },
      ),
    );
    return undefined;
  }
  return { documents, lineCounter };
}

/** The syntax errors and repeated keys of one document, in the order they appear. */
export function syntaxDiagnostics(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  fileName: string,
): Diagnostic[] {
  const at = (line: number, column: number) => ({ file: fileName, line, column, path: '' });
  const found = doc.errors.map((error) => {
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    return makeDiagnostic('yaml-syntax', at(pos.line, pos.col), {
      detail: error.message.split('\n')[0] ?? error.code,
    });
  });
  if (found.length > 0) return found;
  return findDuplicateKeys(doc).map((duplicate) => {
    const pos = lineCounter.linePos(duplicate.offset);
    return makeDiagnostic('yaml-syntax', at(pos.line, pos.col), {
      detail: `Map keys must be unique ("${duplicate.key}")`,
    });
  });
}

/** documents: one YAML document → plain data (aliases bounded, undefined aliases reported where they are). */
export function documentStage(
  doc: Document.Parsed,
  lineCounter: LineCounter,
  fileName: string,
  result: { diagnostics: Diagnostic[] },
): unknown {
  if (doc.contents === null) return undefined;
  const place = (offset: number, path = '') => ({
    file: fileName,
    ...positionOf(lineCounter, offset),
    path,
  });
  const undefinedAlias = findUndefinedAlias(doc);
  if (undefinedAlias) {
    result.diagnostics.push(
      makeDiagnostic('yaml-undefined-alias', place(undefinedAlias.offset), { name: undefinedAlias.name }),
    );
    return undefined;
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    if (error instanceof ReferenceError || /alias/i.test(String(error)))
      result.diagnostics.push(makeDiagnostic('yaml-alias-bomb', place(doc.contents.range?.[0] ?? 0)));
    else throw error;
    return undefined;
  }
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    result.diagnostics.push(makeDiagnostic('not-a-mapping', place(doc.contents.range?.[0] ?? 0)));
    return undefined;
  }
  if (depthOf(raw, 0) > MAX_DEPTH) {
    result.diagnostics.push(
      makeDiagnostic('yaml-too-deep', place(doc.contents.range?.[0] ?? 0), { limit: MAX_DEPTH }),
    );
    return undefined;
  }
  return raw;
}

/** The first alias whose anchor is not defined before it (the YAML spec requires that order). */
function findUndefinedAlias(doc: Document): { name: string; offset: number } | null {
  const anchors = new Set<string>();
  let found: { name: string; offset: number } | null = null;
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    }
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor) anchors.add(anchor);
    return undefined;
  });
  return found;
}

function depthOf(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return depth;
  let max = depth;
  for (const child of Object.values(value)) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}
