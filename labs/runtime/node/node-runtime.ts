/**
 * The Node runtime: the function server (server.mjs) in a child process with a heap limit per lab.
 * The server answers a blocked handler as a real Pod does (504, and 504 again for every later request
 * until restart()); as a last resort, a request that gets no answer at all within exec_timeout + a
 * grace period kills and restarts the child.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { classifyResponse } from '../contract/classify-response.ts';
import { formatRuntimeMessage, runtimeDiagnostic } from '../contract/diagnostics.ts';
import { limitEvent } from '../contract/limit-messages.ts';
import { goDuration, limitsToEnv } from '../contract/limits-env.ts';
import { LogBuffer } from '../contract/log-feed.ts';
import { nodeLoadDiagnostic } from '../contract/node-load-error.ts';
import {
  RuntimeStartError,
  type FunctionFiles,
  type FunctionRequest,
  type FunctionResponse,
  type FunctionRuntime,
  type RuntimeDescription,
  type StartOptions,
} from '../contract/types.ts';
import { httpInvoke } from './http-invoke.ts';
import { spawnServer, ServerStartFailure, type ServerProcess } from './server-process.ts';

/** Options of the Node runtime itself (not of one start). */
export interface NodeRuntimeOptions {
  /** Port of the function server; 0 (default) picks a free one. */
  port?: number;
  /** How long the server may take to listen. */
  readyTimeoutMs?: number;
  /** Extra wait after exec_timeout before the child is killed for not answering at all. */
  killGraceMs?: number;
}

/** Runs a handler in a child Node process through server.mjs. */
export class NodeRuntime implements FunctionRuntime {
  readonly kind = 'node' as const;
  readonly logs = new LogBuffer();
  private server: ServerProcess | null = null;
  private dir: string | null = null;
  private started: StartOptions | null = null;
  private restarting: Promise<void> | null = null;
  private state: RuntimeDescription['state'] = 'idle';

  constructor(private readonly options: NodeRuntimeOptions = {}) {}

  /** The port the function server listens on (after start). */
  get port(): number | undefined {
    return this.server?.port;
  }

  describe(): RuntimeDescription {
    const detail = this.server
      ? { es: `http://127.0.0.1:${this.server.port}`, en: `http://127.0.0.1:${this.server.port}` }
      : undefined;
    return {
      kind: this.kind,
      label: { es: 'Node.js (proceso local)', en: 'Node.js (local process)' },
      state: this.state,
      detail,
    };
  }

  async start(files: FunctionFiles, options: StartOptions): Promise<void> {
    await this.stop();
    if (files['handler.js'] === undefined)
      throw new RuntimeStartError('handler', [runtimeDiagnostic('handler-missing', { file: 'handler.js' })]);
    this.state = 'starting';
    this.dir = await mkdtemp(join(tmpdir(), 'faaslab-'));
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
      this.server = await spawnServer({
        env: {
          ...limitsToEnv(limits, env),
          HANDLER_PATH: join(this.dir!, 'handler.js'),
          port: String(this.options.port ?? 0),
          FAASLAB_LISTEN_HOST: '127.0.0.1',
        },
        // The handler's thread gets limits.memoryMb; the watchdog thread needs a little on top.
        maxOldSpaceMb: limits.memoryMb + 64,
        onOutput: (stream, text) => this.logs.chunk(stream, text),
        readyTimeoutMs: this.options.readyTimeoutMs ?? 10_000,
        signal,
      });
    } catch (error) {
      if (!(error instanceof ServerStartFailure)) throw error;
      if (error.reason === 'exited')
        throw new RuntimeStartError(
          'handler',
          [nodeLoadDiagnostic(error.stderr.replaceAll(`${this.dir}/`, ''))],
          { cause: error },
        );
      if (error.reason === 'aborted')
        throw new RuntimeStartError(
          'aborted',
          [runtimeDiagnostic('runtime-aborted', { file: 'handler.js' })],
          { cause: error },
        );
      throw new RuntimeStartError(
        'timeout',
        [runtimeDiagnostic('runtime-timeout', { file: 'handler.js' }, { seconds: 10, detail: 'server.mjs' })],
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

  /** Kills the server process and starts a new one with the same files and limits (a new Pod). */
  restart(): Promise<void> {
    if (!this.started) return Promise.reject(new Error('NodeRuntime.restart before start'));
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
    if (!this.started) throw new Error('NodeRuntime.invoke before start');
    if (this.restarting) await this.restarting;
    const limits = this.started.limits;
    const began = performance.now();
    const since = Date.now();
    const server = this.server!;
    let answer;
    try {
      answer = await httpInvoke(
        server.port,
        request,
        limits.execTimeoutMs + (this.options.killGraceMs ?? 3_000),
        signal,
      );
    } catch (error) {
      signal?.throwIfAborted();
      // The server closed the connection (write_timeout) or died: the gateway would answer 502.
      const limit = limitEvent('write-timeout', goDuration(limits.writeTimeoutMs));
      this.logs.limit(limit);
      return { status: 502, headers: {}, body: String(error), durationMs: performance.now() - began, limit };
    }
    if (answer === null) {
      // No answer at all, not even the watchdog's 504: the whole process is stuck. Kill and restart it.
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
    const limit = classifyResponse(answer.status, answer.headers, limits, recent);
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
