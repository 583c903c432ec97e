/**
 * Turns the traceback Python prints when handler.py does not load (a SyntaxError with its caret, or an
 * exception raised at import time, or no `handle`) into a positioned diagnostic. Browser-safe: the
 * command-line runtime and the Pyodide runtime print the same CPython traceback.
 */
import { runtimeDiagnostic, type RuntimeDiagnostic as Diagnostic } from '../contract/diagnostics.ts';

/** The diagnostic for a handler.py that did not load, from the traceback and the handler's source. */
export function pythonLoadDiagnostic(traceback: string, source: string, file = 'handler.py'): Diagnostic {
  const lines = traceback.replace(/\r/g, '').split('\n');
  const last = [...lines]
    .reverse()
    .find((l) => /^\w+(Error|Exception|Interrupt)?\b.*/.test(l) && !l.startsWith(' '));
  const errorLine = last?.trim() ?? lines.find((l) => l.trim())?.trim() ?? 'unknown error';
  if (/does not define handle/.test(traceback)) return runtimeDiagnostic('handler-not-function', { file });
  // The last frame in the student's file: `  File ".../handler.py", line N[, in …]`.
  const frames = [...traceback.matchAll(/File "([^"]*)", line (\d+)/g)].filter((m) => m[1]!.endsWith(file));
  const frame = frames.at(-1);
  const line = Number(frame?.[2] ?? 0);
  if (/^(SyntaxError|IndentationError|TabError)\b/.test(errorLine)) {
    const at = frame ? lines.findIndex((l) => l.includes(frame[0])) : -1;
    const code = at >= 0 ? (lines[at + 1] ?? '') : '';
    const caret = at >= 0 ? (lines[at + 2] ?? '') : '';
    const original = source.split('\n')[line - 1] ?? '';
    const indent = original.length - original.trimStart().length;
    const printedIndent = code.length - code.trimStart().length;
    const caretAt = caret.indexOf('^');
    const column = caretAt >= 0 ? caretAt - printedIndent + indent + 1 : 1;
    return runtimeDiagnostic(
      'handler-syntax',
      { file, line, column: Math.max(column, 1) },
      { detail: errorLine.replace(/^\w+: /, '') },
    );
  }
  return runtimeDiagnostic('handler-load', { file, line, column: line > 0 ? 1 : 0 }, { detail: errorLine });
}
