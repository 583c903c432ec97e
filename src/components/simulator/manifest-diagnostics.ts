/**
 * Turns the simulator's diagnostics into CodeMirror lint diagnostics at their line, and offers the
 * one-click migration of a removed API version (the document is replaced by its migrated form).
 */
import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { stringify } from 'yaml';
import type { KubeObject } from '../../../simulator/index.ts';
import { type Diagnostic, diagnosticOnPage, fill } from '../../../core/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** The [from, to) character range of document `index` in a multi-document YAML text. */
export function documentRange(doc: Text, index: number): { from: number; to: number } | null {
  let current = 0;
  let from = 0;
  for (let n = 1; n <= doc.lines; n++) {
    const line = doc.line(n);
    if (/^---\s*$/.test(line.text)) {
      if (current === index) return { from, to: Math.max(from, line.from - 1) };
      current++;
      from = Math.min(doc.length, line.to + 1);
    }
  }
  return current === index ? { from, to: doc.length } : null;
}

/** The index of the YAML document that contains 1-based `line`. */
export function documentIndexAt(doc: Text, line: number): number {
  let index = 0;
  for (let n = 1; n < Math.min(line, doc.lines + 1); n++) if (/^---\s*$/.test(doc.line(n).text)) index++;
  // A leading `---` opens the first document rather than ending one.
  return /^---\s*$/.test(doc.line(1).text) ? Math.max(0, index - 1) : index;
}

/**
 * Lint diagnostics for `doc`; a removed-API refusal carries a "migrate" action that replaces its document
 * with the migrated form from `migrations` (validateManifests), so the student applies the fix.
 */
export function toLintDiagnostics(
  doc: Text,
  found: Diagnostic[],
  migrations: Array<{ documentIndex: number; object: KubeObject }>,
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
): LintDiagnostic[] {
  return found.map((d) => {
    const line = doc.line(Math.max(1, Math.min(d.place.line, doc.lines)));
    const from = Math.min(line.to, line.from + Math.max(0, d.place.column - 1));
    const to = Math.max(from + 1, line.to);
    const message = diagnosticOnPage(d, lang).text;
    const lint: LintDiagnostic = {
      from,
      to: Math.min(to, doc.length),
      severity: d.severity,
      message,
      source: d.code,
    };
    const index = documentIndexAt(doc, d.place.line);
    const migrated = migrations.find((m) => m.documentIndex === index)?.object;
    if (d.code === 'removed-api-version' && migrated) {
      lint.actions = [
        {
          name: fill(t.migrate, { version: migrated.apiVersion }),
          apply(view) {
            const range = documentRange(view.state.doc, documentIndexAt(view.state.doc, d.place.line));
            if (range)
              view.dispatch({
                changes: { from: range.from, to: range.to, insert: stringify(migrated).trimEnd() },
              });
          },
        },
      ];
    }
    return lint;
  });
}
