/** The first thing every runtime's start() checks: that the handler file is among the files it was given. */
import { runtimeDiagnostic } from './diagnostics.ts';
import { RuntimeStartError, type FunctionFiles } from './types.ts';

/**
 * The text of the handler `file`; a start error (`handler-missing`, reason `handler`) when there is none.
 * The sandbox, Pyodide and Python runtimes load that text; WebContainer and Node write every file and only
 * need the check.
 */
export function handlerSource(files: FunctionFiles, file: string): string {
  const source = files[file];
  if (source === undefined)
    throw new RuntimeStartError('handler', [runtimeDiagnostic('handler-missing', { file })]);
  return source;
}
