/**
 * A handler that does not load in QuickJS, as a positioned diagnostic: a syntax error at its line and
 * column in the student's handler.js, or the error its top level threw.
 */
import type { Diagnostic } from '../../../core/index.ts';
import { runtimeDiagnostic } from '../contract/diagnostics.ts';

// The CommonJS wrapper stays on the handler's first line so error lines match the student's file.
/** What the engine puts before the handler's source (on the same first line). */
export const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';

/** An error as QuickJS dumps it. */
export interface QuickJSError {
  name?: string;
  message?: string;
  stack?: string;
  lineNumber?: number;
}

/** The diagnostic of a load error; `compiling` when it came from evaluating the source. */
export function quickjsLoadDiagnostic(error: QuickJSError, compiling: boolean): Diagnostic {
  const place = /handler\.js:(\d+)(?::(\d+))?/.exec(String(error.stack ?? ''));
  const line = Number(place?.[1] ?? error.lineNumber ?? 0);
  let column = Number(place?.[2] ?? 0);
  if (line === 1 && column > WRAPPER_HEAD.length) column -= WRAPPER_HEAD.length;
  const detail = `${error.name ?? 'Error'}: ${error.message ?? String(error)}`;
  if (compiling && error.name === 'SyntaxError')
    return runtimeDiagnostic(
      'handler-syntax',
      { file: 'handler.js', line, column },
      { detail: error.message ?? '' },
    );
  return runtimeDiagnostic('handler-load', { file: 'handler.js', line, column }, { detail });
}
