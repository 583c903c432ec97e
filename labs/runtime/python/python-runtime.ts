/**
 * The command-line Python runtime: server.py (python3-http template + of-watchdog, stdlib only) under
 * the machine's python3, supervised by ProcessRuntime like the Node runtime: limits are recognised on the
 * answers, a crashed server is restarted, and a request that gets no answer at all within exec_timeout +
 * a grace period kills and restarts it.
 */
import type { Diagnostic } from '../../../core/index.ts';
import { localizedDiagnostic } from '../contract/diagnostics.ts';
import { limitEvent } from '../contract/limit-messages.ts';
import { RuntimeStartError, type LimitEvent, type Limits } from '../contract/types.ts';
import { ProcessRuntime, type ProcessRuntimeOptions } from '../node/process-runtime.ts';
import type { ServerProcess, SpawnServerOptions } from '../node/server-process.ts';
import { pythonLoadDiagnostic } from './python-load-error.ts';
import { findPython, spawnPythonServer } from './python-process.ts';

/** Options of the Python runtime itself. */
export interface PythonRuntimeOptions extends ProcessRuntimeOptions {
  /** Where to look for python3 (default process.env: FAASLAB_PYTHON, then PATH). */
  env?: Record<string, string | undefined>;
}

/** Why there is no Python here, in both languages. */
export const NO_PYTHON = {
  es: 'no hay python3 (3.8 o posterior) en el PATH; instálalo (apt-get install python3) o indica uno con FAASLAB_PYTHON',
  en: 'there is no python3 (3.8 or later) on PATH; install it (apt-get install python3) or point FAASLAB_PYTHON at one',
};

/** Runs handler.py in a child python3 through server.py. */
export class PythonRuntime extends ProcessRuntime {
  declare readonly kind: 'python';
  private source = '';
  private python: string | null = null;

  constructor(private readonly pythonOptions: PythonRuntimeOptions = {}) {
    super(
      {
        kind: 'python',
        label: { es: 'Python 3 (proceso local)', en: 'Python 3 (local process)' },
        handlerFile: 'handler.py',
        serverFile: 'server.py',
        folderPrefix: 'faaslab-py-',
      },
      pythonOptions,
    );
  }

  protected override prepare(handler: string): void {
    const python = findPython(this.pythonOptions.env);
    if (!python)
      throw new RuntimeStartError('unavailable', [
        localizedDiagnostic('runtime-unavailable', 'handler.py', NO_PYTHON),
      ]);
    this.python = python.command;
    this.source = handler;
  }

  protected spawnServer(
    env: Record<string, string>,
    _limits: Limits,
    common: Omit<SpawnServerOptions, 'maxOldSpaceMb' | 'env'>,
  ): Promise<ServerProcess> {
    return spawnPythonServer(this.python!, { ...common, env: { ...env, PYTHONDONTWRITEBYTECODE: '1' } });
  }

  protected loadDiagnostic(stderr: string): Diagnostic {
    return pythonLoadDiagnostic(stderr, this.source);
  }

  /** A MemoryError is an exception like any other to Flask (its 500 page); the log tells it apart. */
  protected override extraLimit(status: number, recentLog: string, limits: Limits): LimitEvent | undefined {
    return status === 500 && /\bMemoryError\b/.test(recentLog)
      ? limitEvent('memory', `${limits.memoryMb} MB`)
      : undefined;
  }
}
