/**
 * Objects → YAML text: one document per object, `---` between them, a comment on top that says what
 * the file is and how to use it. Long strings (a handler's source) become block literals.
 */
import { Document, parseAllDocuments } from 'yaml';
import type { Diagnostic } from '../../core/index.ts';

/** The result of an export: the YAML text, the objects it holds, and what the student should know. */
export interface ExportedYaml<T = Record<string, unknown>> {
  text: string;
  objects: T[];
}

/** Serialises objects as a multi-document YAML stream with an optional header comment. */
export function toYamlDocuments(objects: readonly object[], header?: string): string {
  const docs = objects.map((object, i) => {
    const doc = new Document(object);
    if (i === 0 && header)
      doc.commentBefore = header
        .split('\n')
        .map((l) => ` ${l}`)
        .join('\n');
    return doc.toString({ lineWidth: 0, blockQuote: 'literal' });
  });
  return docs.join('---\n');
}

/** What an export writes: `objects` under `header`, or nothing while a diagnostic is an error (fixed first). */
export function exportText(
  objects: readonly object[],
  header: string,
  diagnostics: readonly Diagnostic[],
): string {
  return diagnostics.some((d) => d.severity === 'error') ? '' : toYamlDocuments(objects, header);
}

/** Parses a multi-document YAML stream back to plain objects (skipping empty documents). */
export function parseYamlDocuments(text: string): Record<string, unknown>[] {
  return parseAllDocuments(text)
    .map((doc) => doc.toJS() as unknown)
    .filter((value): value is Record<string, unknown> => typeof value === 'object' && value !== null);
}
