/**
 * The Compose text parsed with the `yaml` library, keeping node positions so every diagnostic can
 * point at a line and column.
 */
import {
  isCollection,
  isNode,
  isPair,
  isScalar,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { composeDiagnostic } from './compose-diagnostic.ts';
import { yamlErrorDetail } from './yaml-error-messages.ts';
import { findDuplicateKeys } from '../simulator/index.ts';
import type { Diagnostic, Place } from '../core/index.ts';

/** A key or index on the way from the document root to a node. */
export type FieldPath = readonly (string | number)[];

/** A parsed Compose document: its plain data, its syntax errors, and the place of any field. */
export interface ComposeSource {
  file: string;
  /** The document as plain JavaScript (undefined when the YAML has syntax errors). */
  data: unknown;
  /** Syntax errors, positioned by the yaml parser. */
  syntaxErrors: Diagnostic[];
  /** The place of the field at `path`, or of its closest ancestor that exists. */
  placeOf(path: FieldPath): Place;
}

/** Parses Compose YAML text; never throws on bad input. */
export function readComposeSource(text: string, file: string): ComposeSource {
  const lineCounter = new LineCounter();
  // uniqueKeys off: the library's check is quadratic; findDuplicateKeys does it in one pass.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const placeOf = (path: FieldPath): Place => {
    const offset = offsetOf(doc, path);
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, path: formatFieldPath(path) };
  };
  const duplicateErrors =
    doc.errors.length > 0
      ? []
      : findDuplicateKeys(doc).map((duplicate) => {
          const pos = lineCounter.linePos(duplicate.offset);
          return composeDiagnostic(
            'yaml-syntax',
            'error',
            { file, line: pos.line, column: pos.col, path: '' },
            { detail: yamlErrorDetail('DUPLICATE_KEY', `Map keys must be unique ("${duplicate.key}")`) },
          );
        });
  const syntaxErrors = [
    ...duplicateErrors,
    ...doc.errors.map((error) => {
      const pos = lineCounter.linePos(error.pos[0]);
      const detail = yamlErrorDetail(error.code, error.message.split('\n')[0] ?? error.code);
      return composeDiagnostic(
        'yaml-syntax',
        'error',
        { file, line: pos.line, column: pos.col, path: '' },
        { detail },
      );
    }),
  ];
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (cause) {
      // An alias without its anchor (`*x`), or too many alias expansions (a "billion laughs" file),
      // only shows when the document is turned into data.
      const detail = cause instanceof Error ? cause.message : String(cause);
      syntaxErrors.push(composeDiagnostic('yaml-syntax', 'error', { ...placeOf([]), path: '' }, { detail }));
    }
  }
  return { file, data, syntaxErrors, placeOf };
}

/** `['services', 'web', 'ports', 0]` → `services.web.ports[0]`. */
export function formatFieldPath(path: FieldPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

/** Offset of the deepest existing node on `path`: a scalar value, or the key of a block or empty value. */
function offsetOf(doc: Document, path: FieldPath): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [depth, part] of path.entries()) {
    if (!isCollection(node)) break;
    const items: unknown[] = node.items;
    const item =
      typeof part === 'number'
        ? items[part]
        : items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === part);
    if (item === undefined) break;
    if (isPair(item)) {
      // A whole block (`services.redis`) is pointed at by its key; a scalar value by the value itself.
      const last = depth === path.length - 1;
      const valueStart = last && isCollection(item.value) ? undefined : rangeStart(item.value);
      offset = valueStart ?? rangeStart(item.key) ?? offset;
      node = item.value;
    } else {
      offset = rangeStart(item) ?? offset;
      node = item;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) ? (node as Node).range?.[0] : undefined;
}
