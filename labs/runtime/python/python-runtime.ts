/**
 * The command-line Python runtime: server.py (python3-http template + of-watchdog, stdlib only) under
 * the machine's python3. Supervised like the Node runtime: limits are recognised on the answers, a
 * crashed server is restarted, and a request that gets no answer at all within exec_timeout + a grace
 * period kills and restarts it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { classifyResponse } from '../contract/classify-response.ts';
import { formatRuntimeMessage, localizedDiagnostic, runtimeDiagnostic } from '../contract/diagnostics.ts';
import { limitEvent } from '../contract/limit-messages.ts';
import { goDuration, limitsToEnv } from '../contract/limits-env.ts';
import { LogBuffer } from '../contract/log-feed.ts';
import {
  RuntimeStartError,
  type FunctionFiles,
  type FunctionRequest,
  type FunctionResponse,
  type FunctionRuntime,
  type RuntimeDescription,
  type StartOptions,
} from '../contract/types.ts';
import { httpInvoke } from '../node/http-invoke.ts';
import { ServerStartFailure, type ServerProcess } from '../node/server-process.ts';
import { pythonLoadDiagnostic } from './python-load-error.ts';
import { findPython, spawnPythonServer } from './python-process.ts';

/** Options of the Python runtime itself. */
export interface PythonRuntimeOptions {
  /** Port of the function server; 0 (default) picks a free one. */
  port?: number;
  readyTimeoutMs?: number;
  killGraceMs?: number;
  /** Where to look for python3 (default process.env: FAASLAB_PYTHON, then PATH). */
  env?: Record<string, string | undefined>;
}

/** Why there is no Python here, in both languages. */
export const NO_PYTHON = {
  es: 'no hay python3 (3.8 o posterior) en el PATH; instálalo (apt-get install python3) o indica uno con FAASLAB_PYTHON',
  en: 'there is no python3 (3.8 or later) on PATH; install it (apt-get install python3) or point FAASLAB_PYTHON at one',
};

/** Runs handler.py in a child python3 through server.py. */
export class PythonRuntime implements FunctionRuntime {
  readonly kind = 'python' as const;
  readonly logs = new LogBuffer();
  private server: ServerProcess | null = null;
  private dir: string | null = null;
  private started: StartOptions | null = null;
  private source = '';
  private python: string | null = null;
  private restarting: Promise<void> | null = null;
  private state: RuntimeDescription['state'] = 'idle';

  constructor(private readonly options: PythonRuntimeOptions = {}) {}

  /** The port the function server listens on (after start). */
  get port(): number | undefined {
    return this.server?.port;
  }

  describe(): RuntimeDescription {
    const url = this.server ? `http://127.0.0.1:${this.server.port}` : undefined;
    return {
      kind: this.kind,
      label: { es: 'Python 3 (proceso local)', en: 'Python 3 (local process)' },
      state: this.state,
      ...(url ? { detail: { es: url, en: url } } : {}),
    };
  }

  async start(files: FunctionFiles, options: StartOptions): Promise<void> {
    await this.stop();
    if (files['handler.py'] === undefined)
      throw new RuntimeStartError('handler', [runtimeDiagnostic('handler-missing', { file: 'handler.py' })]);
    const python = findPython(this.options.env);
    if (!python)
      throw new RuntimeStartError('unavailable', [
        localizedDiagnostic('runtime-unavailable', 'handler.py', NO_PYTHON),
      ]);
    this.python = python.command;
    this.source = files['handler.py'];
    this.state = 'starting';
    this.dir = await mkdtemp(join(tmpdir(), 'faaslab-py-'));
    for (const [name, text] of Object.entries(files)) {
      const path = join(this.dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
    this.started = options;
    try {
      await this.spawn(options.signal);
      this.state = 'running';
    } catch (error) {
      this.state = 'failed';
      await this.cleanDir();
      throw error;
    }
  }

  private async spawn(signal?: AbortSignal): Promise<void> {
    const { limits, env } = this.started!;
    try {
      this.server = await spawnPythonServer(this.python!, {
        env: {
          ...limitsToEnv(limits, env),
          HANDLER_PATH: join(this.dir!, 'handler.py'),
          port: String(this.options.port ?? 0),
          FAASLAB_LISTEN_HOST: '127.0.0.1',
          PYTHONDONTWRITEBYTECODE: '1',
        },
        onOutput: (stream, text) => this.logs.chunk(stream, text),
        readyTimeoutMs: this.options.readyTimeoutMs ?? 10_000,
        signal,
      });
    } catch (error) {
      if (!(error instanceof ServerStartFailure)) throw error;
      if (error.reason === 'exited')
        throw new RuntimeStartError('handler', [pythonLoadDiagnostic(error.stderr, this.source)], {
          cause: error,
        });
      if (error.reason === 'aborted')
        throw new RuntimeStartError(
          'aborted',
          [runtimeDiagnostic('runtime-aborted', { file: 'handler.py' })],
          { cause: error },
        );
      throw new RuntimeStartError(
        'timeout',
        [runtimeDiagnostic('runtime-timeout', { file: 'handler.py' }, { seconds: 10, detail: 'server.py' })],
        { cause: error },
      );
    }
    const current = this.server;
    void current.exited.then((code) => {
      if (this.server !== current || this.state !== 'running') return;
      this.logs.line('system', formatRuntimeMessage('runtime-unavailable', { detail: `exit ${code}` }).en);
      this.logs.limit(limitEvent('crash', `exit ${code}`));
      void this.restart();
    });
  }

  private restart(): Promise<void> {
    this.restarting ??= (async () => {
      const old = this.server;
      this.server = null;
      await old?.kill();
      await this.spawn();
    })().finally(() => {
      this.restarting = null;
    });
    return this.restarting;
  }

  async invoke(request: FunctionRequest, signal?: AbortSignal): Promise<FunctionResponse> {
    if (!this.started) throw new Error('PythonRuntime.invoke before start');
    if (this.restarting) await this.restarting;
    const limits = this.started.limits;
    const began = performance.now();
    const since = Date.now();
    let answer;
    try {
      answer = await httpInvoke(
        this.server!.port,
        request,
        limits.execTimeoutMs + (this.options.killGraceMs ?? 3_000),
        signal,
      );
    } catch (error) {
      signal?.throwIfAborted();
      const limit = limitEvent('write-timeout', goDuration(limits.writeTimeoutMs));
      this.logs.limit(limit);
      return { status: 502, headers: {}, body: String(error), durationMs: performance.now() - began, limit };
    }
    if (answer === null) {
      const limit = limitEvent('exec-timeout', goDuration(limits.execTimeoutMs));
      this.logs.limit(limit);
      await this.restart();
      return {
        status: 504,
        headers: { 'x-openfaas-internal': 'of-watchdog' },
        body: '',
        durationMs: performance.now() - began,
        limit,
      };
    }
    const recent = this.logs
      .history()
      .filter((entry) => entry.time >= since && entry.type === 'line')
      .map((entry) => (entry.type === 'line' ? entry.text : ''))
      .join('\n');
    // A MemoryError is an exception like any other to Flask (its 500 page); the log tells it apart.
    const limit =
      classifyResponse(answer.status, answer.headers, limits, recent) ??
      (answer.status === 500 && /\bMemoryError\b/.test(recent)
        ? limitEvent('memory', `${limits.memoryMb} MB`)
        : undefined);
    if (limit) this.logs.limit(limit);
    return { ...answer, durationMs: performance.now() - began, ...(limit ? { limit } : {}) };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.started = null;
    if (this.state !== 'idle') this.state = 'stopped';
    await server?.kill();
    await this.cleanDir();
  }

  private async cleanDir(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }
}
