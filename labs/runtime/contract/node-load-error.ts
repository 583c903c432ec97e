/**
 * Turns what Node prints when a handler fails to load (`/app/handler.js:3\n}\n^\n\nSyntaxError: …`)
 * into a positioned diagnostic. Used by the runtimes that run server.mjs under Node.
 */
import { runtimeDiagnostic } from './diagnostics.ts';
import type { Diagnostic } from '../../../core/index.ts';

/** The diagnostic for a handler that did not load, from the server's stderr. */
export function nodeLoadDiagnostic(stderr: string, file = 'handler.js'): Diagnostic {
  const lines = stderr.split('\n');
  const errorLine =
    lines.find((line) => /^\w*Error\b.*:/.test(line.trim()))?.trim() ??
    lines.find((l) => l.trim())?.trim() ??
    'unknown error';
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const headerIndex = lines.findIndex((line) => new RegExp(`${escaped}:(\\d+)$`).test(line.trim()));
  if (/^SyntaxError/.test(errorLine) && headerIndex >= 0) {
    const line = Number(/:(\d+)$/.exec(lines[headerIndex]!.trim())?.[1] ?? 0);
    const caret = lines[headerIndex + 2] ?? '';
    const column = caret.indexOf('^') + 1;
    return runtimeDiagnostic(
      'handler-syntax',
      { file, line, column: Math.max(column, 1) },
      { detail: errorLine.replace(/^SyntaxError: /, '') },
    );
  }
  const frame = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stderr);
  if (/does not export a function/.test(stderr)) return runtimeDiagnostic('handler-not-function', { file });
  return runtimeDiagnostic(
    'handler-load',
    { file, line: Number(frame?.[1] ?? 0), column: Number(frame?.[2] ?? 0) },
    { detail: errorLine },
  );
}
