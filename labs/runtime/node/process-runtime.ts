/**
 * The supervision the local-process runtimes share (Node's server.mjs, Python's server.py): write the
 * files to a fresh folder, start the function server and wait until it listens, restart it when it
 * crashes (as Kubernetes restarts a container), and guard every request: a request that gets no answer at
 * all within exec_timeout + a grace period kills and restarts the process; a dropped connection is the
 * gateway's 502; the answer's limit (timeout, memory, body size…) is recognised and logged. What differs
 * — the command, the handler file, how a load error reads — is given by each runtime.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Bilingual, Diagnostic } from '../../../core/index.ts';
import { classifyResponse } from '../contract/classify-response.ts';
import { formatRuntimeMessage, runtimeDiagnostic } from '../contract/diagnostics.ts';
import { handlerSource } from '../contract/handler-source.ts';
import { limitEvent } from '../contract/limit-messages.ts';
import { goDuration, limitsToEnv } from '../contract/limits-env.ts';
import { LogBuffer } from '../contract/log-feed.ts';
import { RuntimeStatus } from '../contract/runtime-status.ts';
import { watchdogTimeout } from '../contract/watchdog-timeout.ts';
import {
  RuntimeStartError,
  type FunctionFiles,
  type FunctionRequest,
  type FunctionResponse,
  type FunctionRuntime,
  type LimitEvent,
  type Limits,
  type RuntimeDescription,
  type RuntimeKind,
  type StartOptions,
} from '../contract/types.ts';
import { httpInvoke } from './http-invoke.ts';
import { ServerStartFailure, type ServerProcess, type SpawnServerOptions } from './server-process.ts';

/** Options of a local-process runtime itself (not of one start). */
export interface ProcessRuntimeOptions {
  /** Port of the function server; 0 (default) picks a free one. */
  port?: number;
  /** How long the server may take to listen. */
  readyTimeoutMs?: number;
  /** Extra wait after exec_timeout before the child is killed for not answering at all. */
  killGraceMs?: number;
}

/** What a local-process runtime is, in words and files. */
export interface ProcessRuntimeShape {
  kind: RuntimeKind;
  label: Bilingual;
  /** The handler's file name, e.g. `handler.js`. */
  handlerFile: string;
  /** The function server's file name, for the start-timeout message. */
  serverFile: string;
  /** Prefix of the temporary folder the files are written to. */
  folderPrefix: string;
}

/** A function server in a local child process, supervised; subclasses say how to spawn it. */
export abstract class ProcessRuntime implements FunctionRuntime {
  readonly kind: RuntimeKind;
  readonly logs = new LogBuffer();
  protected server: ServerProcess | null = null;
  protected dir: string | null = null;
  protected started: StartOptions | null = null;
  private restarting: Promise<void> | null = null;
  private readonly status: RuntimeStatus;

  constructor(
    private readonly shape: ProcessRuntimeShape,
    protected readonly options: ProcessRuntimeOptions = {},
  ) {
    this.kind = shape.kind;
    this.status = new RuntimeStatus(shape.kind, shape.label);
  }

  /** Checks what a start needs beyond the handler's text (e.g. a python3); throws RuntimeStartError. */
  protected prepare(_handler: string): void {}

  /** Spawns the function server with `env` (limits, handler path, port already in it). */
  protected abstract spawnServer(
    env: Record<string, string>,
    limits: Limits,
    common: Omit<SpawnServerOptions, 'maxOldSpaceMb' | 'env'>,
  ): Promise<ServerProcess>;

  /** The diagnostic of a handler that does not load, from the server's stderr. */
  protected abstract loadDiagnostic(stderr: string): Diagnostic;

  /** A limit the answer shows that the shared classification does not see (default none). */
  protected extraLimit(_status: number, _recentLog: string, _limits: Limits): LimitEvent | undefined {
    return undefined;
  }

  /** The port the function server listens on (after start). */
  get port(): number | undefined {
    return this.server?.port;
  }

  describe(): RuntimeDescription {
    const url = this.server ? `http://127.0.0.1:${this.server.port}` : undefined;
    return this.status.describe(url ? { es: url, en: url } : undefined);
  }

  async start(files: FunctionFiles, options: StartOptions): Promise<void> {
    await this.stop();
    this.prepare(handlerSource(files, this.shape.handlerFile));
    this.started = options;
    await this.status.starting(
      async () => {
        this.dir = await mkdtemp(join(tmpdir(), this.shape.folderPrefix));
        for (const [name, text] of Object.entries(files)) {
          const path = join(this.dir, name);
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, text);
        }
        await this.spawn(options.signal);
      },
      () => this.cleanDir(),
    );
  }

  private async spawn(signal?: AbortSignal): Promise<void> {
    const { limits, env } = this.started!;
    const file = this.shape.handlerFile;
    try {
      this.server = await this.spawnServer(
        {
          ...limitsToEnv(limits, env),
          HANDLER_PATH: join(this.dir!, file),
          port: String(this.options.port ?? 0),
          FAASLAB_LISTEN_HOST: '127.0.0.1',
        },
        limits,
        {
          onOutput: (stream, text) => this.logs.chunk(stream, text),
          readyTimeoutMs: this.options.readyTimeoutMs ?? 10_000,
          signal,
        },
      );
    } catch (error) {
      if (!(error instanceof ServerStartFailure)) throw error;
      if (error.reason === 'exited')
        throw new RuntimeStartError('handler', [this.loadDiagnostic(error.stderr)], { cause: error });
      if (error.reason === 'aborted')
        throw new RuntimeStartError('aborted', [runtimeDiagnostic('runtime-aborted', { file })], {
          cause: error,
        });
      throw new RuntimeStartError(
        'timeout',
        [runtimeDiagnostic('runtime-timeout', { file }, { seconds: 10, detail: this.shape.serverFile })],
        { cause: error },
      );
    }
    const current = this.server;
    void current.exited.then((code) => {
      if (this.server !== current || this.status.state !== 'running') return;
      this.logs.line('system', formatRuntimeMessage('runtime-unavailable', { detail: `exit ${code}` }).en);
      this.logs.limit(limitEvent('crash', `exit ${code}`));
      void this.restart();
    });
  }

  /** Kills the server process and starts a new one with the same files and limits (a new Pod). */
  restart(): Promise<void> {
    if (!this.started) return Promise.reject(new Error(`${this.kind} runtime: restart before start`));
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
    if (!this.started) throw new Error(`${this.kind} runtime: invoke before start`);
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
      return watchdogTimeout(began, limit);
    }
    const recent = this.logs
      .history()
      .filter((entry) => entry.time >= since && entry.type === 'line')
      .map((entry) => (entry.type === 'line' ? entry.text : ''))
      .join('\n');
    const limit =
      classifyResponse(answer.status, answer.headers, limits, recent) ??
      this.extraLimit(answer.status, recent, limits);
    if (limit) this.logs.limit(limit);
    return { ...answer, durationMs: performance.now() - began, ...(limit ? { limit } : {}) };
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.started = null;
    this.status.stopped();
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
