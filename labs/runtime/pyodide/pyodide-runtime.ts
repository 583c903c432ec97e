/**
 * The Pyodide runtime (browser): CPython compiled to WebAssembly in a Web Worker runs handler.py with
 * the contract half of server.py, so the page's main thread never runs student code. The watchdog is
 * here, on the page: exec_timeout answers 504 and raises KeyboardInterrupt in the handler through
 * Pyodide's interrupt buffer (a SharedArrayBuffer: lab pages are cross-origin isolated); a worker that
 * still does not answer is terminated and a new one boots. A booted worker goes back to a page-wide
 * pool when its lab stops, so the next Python lab on the page starts without booting again.
 */
import serverSource from '../python/server.py?raw';
import { formatRuntimeMessage, localizedDiagnostic } from '../contract/diagnostics.ts';
import { handlerSource } from '../contract/handler-source.ts';
import { limitEvent } from '../contract/limit-messages.ts';
import { goDuration } from '../contract/limits-env.ts';
import { LogBuffer } from '../contract/log-feed.ts';
import { RuntimeStatus } from '../contract/runtime-status.ts';
import {
  RuntimeStartError,
  type FunctionFiles,
  type FunctionRequest,
  type FunctionResponse,
  type FunctionRuntime,
  type Limits,
  type RuntimeDescription,
  type StartOptions,
} from '../contract/types.ts';
import type { FromPyodide, ToPyodide } from './pyodide-messages.ts';
import type { BootedWorker } from './pyodide-boot.ts';
import { prewarmPyodide, returnWorker, takeWorker, type WorkerSource } from './pyodide-worker-pool.ts';

/** Options of the Pyodide runtime. */
export interface PyodideRuntimeOptions extends WorkerSource {
  /** Grace after exec_timeout before a worker that does not answer is terminated. */
  terminateGraceMs?: number;
}

const WATCHDOG = { 'x-openfaas-internal': 'of-watchdog', 'content-type': 'text/plain; charset=utf-8' };

/** Pyodide-in-a-Worker implementation of {@link FunctionRuntime}. */
export class PyodideRuntime implements FunctionRuntime {
  readonly kind = 'pyodide' as const;
  readonly logs = new LogBuffer();
  private worker: BootedWorker | null = null;
  private restarting: Promise<void> | null = null;
  /** The last start: its files and settings (restart starts them again) and handler.py's text. */
  private started: { files: FunctionFiles; options: StartOptions; source: string } | null = null;
  private readonly status = new RuntimeStatus(this.kind, {
    es: 'Python (Pyodide, en el navegador)',
    en: 'Python (Pyodide, in the browser)',
  });
  private nextId = 1;
  private inflight = 0;
  private readonly waiting = new Map<number, (message: FromPyodide & { type: 'result' }) => void>();
  /** Milliseconds the last boot took in the worker (0 when a pooled worker was reused). */
  lastBootMs = 0;
  /** Milliseconds from the last boot's start until every asset byte had arrived (for benchmarks). */
  lastDownloadMs = 0;
  /** Milliseconds the last start (loading handler.py) took in the worker. */
  lastStartMs = 0;

  constructor(private readonly settings: PyodideRuntimeOptions = {}) {}

  describe(): RuntimeDescription {
    return this.status.describe();
  }

  async start(files: FunctionFiles, options: StartOptions): Promise<void> {
    await this.stop();
    this.started = { files, options, source: handlerSource(files, 'handler.py') };
    await this.status.starting(
      () => this.load(options),
      () => {
        this.started = null;
      },
    );
  }

  /** A new Pod: handler.py started again with the same files and settings (FunctionRuntime.restart). */
  async restart(): Promise<void> {
    if (!this.started) throw new Error('PyodideRuntime.restart before start');
    const { files, options } = this.started;
    await this.start(files, options);
  }

  /**
   * Boots a worker ahead of need into the page-wide pool, so a Python lab's first start only loads
   * handler.py (call it when a Python lab nears the viewport). Resolves true once a booted worker waits
   * in the pool, false when a boot failed or the lab no longer `wants` one (see prewarmPyodide).
   */
  static prewarm(wants?: () => boolean): Promise<boolean> {
    return prewarmPyodide(wants);
  }

  /** Takes a pooled worker, adopts the page's prewarm boot, or boots one; then loads handler.py. */
  private async load(options: StartOptions): Promise<void> {
    this.worker = await this.obtain(options);
    this.worker.listeners.add(this.onMessage);
    options.onProgress?.({
      phase: 'start',
      message: { es: 'Cargando handler.py', en: 'Loading handler.py' },
    });
    const started = await this.request(
      this.worker,
      { type: 'start', source: this.started!.source, serverSource, env: options.env ?? {} },
      'started',
    );
    this.lastStartMs = started.startMs;
    if (started.diagnostics.length > 0) {
      this.release();
      throw new RuntimeStartError('handler', started.diagnostics);
    }
    options.onProgress?.({ phase: 'ready', message: { es: 'Listo', en: 'Ready' }, fraction: 1 });
  }

  private async obtain(options: Pick<StartOptions, 'onProgress' | 'signal'>): Promise<BootedWorker> {
    this.lastBootMs = 0;
    this.lastDownloadMs = 0;
    const { worker, bootMs, downloadMs } = await takeWorker(this.settings, options);
    this.lastBootMs = bootMs;
    this.lastDownloadMs = downloadMs;
    return worker;
  }

  private request<T extends FromPyodide['type']>(
    worker: BootedWorker,
    message: ToPyodide,
    answer: T,
  ): Promise<FromPyodide & { type: T }> {
    return new Promise((resolve, reject) => {
      const listener = (reply: FromPyodide): void => {
        if (reply.type === 'fatal') {
          worker.listeners.delete(listener);
          reject(
            new RuntimeStartError('unavailable', [
              localizedDiagnostic('runtime-unavailable', 'handler.py', {
                es: reply.message,
                en: reply.message,
              }),
            ]),
          );
        } else if (reply.type === answer) {
          worker.listeners.delete(listener);
          resolve(reply as FromPyodide & { type: T });
        }
      };
      worker.listeners.add(listener);
      worker.port.postMessage(message);
    });
  }

  private readonly onMessage = (message: FromPyodide): void => {
    if (message.type === 'log') this.logs.chunk(message.stream, `${message.text}\n`);
    else if (message.type === 'result') {
      const settle = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      settle?.(message);
    }
  };

  async invoke(request: FunctionRequest, signal?: AbortSignal): Promise<FunctionResponse> {
    if (!this.started) throw new Error('PyodideRuntime.invoke before start');
    if (this.restarting) await this.restarting;
    const limits = this.started.options.limits;
    const began = performance.now();
    const path = request.path ?? '/';
    const answer = (status: number, headers: Record<string, string>, body: string): FunctionResponse => ({
      status,
      headers: { ...headers, 'x-duration-seconds': ((performance.now() - began) / 1000).toFixed(6) },
      body,
      durationMs: performance.now() - began,
    });
    const bare = path.split('?')[0];
    if (bare === '/_/health' || bare === '/_/ready')
      return answer(200, { 'content-type': 'text/plain; charset=utf-8' }, 'OK');
    const body = new TextEncoder().encode(request.body ?? '');
    if (body.byteLength > limits.maxBodyBytes) {
      const limit = limitEvent('body-too-large', `${limits.maxBodyBytes} B`);
      this.logs.limit(limit);
      const text = `Request Entity Too Large\r\n\r\nexceeds max_body of ${limits.maxBodyBytes}\r\n\r\n(generated by waitress)`;
      return { ...answer(413, { 'content-type': 'text/plain; charset=utf-8' }, text), limit };
    }
    if (limits.maxInflight > 0 && this.inflight >= limits.maxInflight) {
      const limit = limitEvent('inflight', String(limits.maxInflight));
      this.logs.limit(limit);
      const text = `Concurrent request limit exceeded. Max concurrent requests: ${limits.maxInflight}\n`;
      return { ...answer(429, WATCHDOG, text), limit };
    }
    this.inflight++;
    try {
      return await this.dispatch(request, body, limits, answer, signal);
    } finally {
      this.inflight--;
    }
  }

  private dispatch(
    request: FunctionRequest,
    body: Uint8Array,
    limits: Limits,
    answer: (status: number, headers: Record<string, string>, body: string) => FunctionResponse,
    signal?: AbortSignal,
  ): Promise<FunctionResponse> {
    const worker = this.worker!;
    const id = this.nextId++;
    const headers: [string, string][] = Object.entries(request.headers ?? {});
    if (request.body !== undefined) headers.push(['Content-Length', String(body.byteLength)]);
    const since = Date.now();
    return new Promise<FunctionResponse>((resolve, reject) => {
      let timedOut = false;
      const execTimer = setTimeout(() => {
        timedOut = true;
        if (worker.interrupt) Atomics.store(worker.interrupt, 0, 2); // SIGINT → KeyboardInterrupt
        const limit = limitEvent('exec-timeout', goDuration(limits.execTimeoutMs));
        this.logs.line('system', `Upstream HTTP killed due to exec_timeout: ${limits.execTimeoutMs / 1000}s`);
        this.logs.limit(limit);
        resolve({ ...answer(504, WATCHDOG, ''), limit });
        // Last resort: a handler that ignores the interrupt (stuck outside Python bytecode).
        graceTimer = setTimeout(() => {
          if (!this.waiting.has(id)) return;
          this.waiting.delete(id);
          void this.replaceWorker(worker);
        }, this.settings.terminateGraceMs ?? 1_000);
      }, limits.execTimeoutMs);
      let graceTimer: ReturnType<typeof setTimeout> | undefined;
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(execTimer);
          reject(signal.reason);
        },
        { once: true },
      );
      this.waiting.set(id, (result) => {
        clearTimeout(execTimer);
        clearTimeout(graceTimer);
        const overHeap =
          limits.memoryMb > 0 && result.heapBytes - worker.baseHeap > limits.memoryMb * 1048576;
        // A late answer (after the 504) still tells whether the heap grew past the limit.
        if (timedOut) {
          if (overHeap) void this.replaceWorker(worker);
          return;
        }
        const flat: Record<string, string> = {};
        for (const [name, value] of result.headers) flat[name.toLowerCase()] = value;
        const recent = this.logs
          .history()
          .filter((entry) => entry.time >= since && entry.type === 'line')
          .map((entry) => (entry.type === 'line' ? entry.text : ''))
          .join('\n');
        // Pyodide cannot cap WebAssembly memory below its build's maximum, nor shrink it: a handler that
        // grew the heap past the lab's limit gets what an OOM-killed function gets behind of-watchdog (500),
        // and the worker is replaced so the next request starts within the limit again.
        if (overHeap) {
          const limit = limitEvent('memory', `${limits.memoryMb} MB`);
          this.logs.limit(limit);
          void this.replaceWorker(worker);
          resolve({ ...answer(500, WATCHDOG, ''), limit });
          return;
        }
        const limit =
          result.status === 500 && /\bMemoryError\b/.test(recent)
            ? limitEvent('memory', `${limits.memoryMb} MB`)
            : undefined;
        if (limit) this.logs.limit(limit);
        resolve({ ...answer(result.status, flat, result.body), ...(limit ? { limit } : {}) });
      });
      worker.port.postMessage({
        type: 'invoke',
        id,
        method: request.method,
        url: request.path ?? '/',
        headers,
        body,
      });
    });
  }

  /** Terminates a stuck or bloated worker and loads the handler into a fresh one. */
  private replaceWorker(stuck: BootedWorker): Promise<void> {
    if (this.worker !== stuck) return this.restarting ?? Promise.resolve();
    this.logs.line(
      'system',
      formatRuntimeMessage('runtime-unavailable', { detail: 'Pyodide worker restarted' }).en,
    );
    stuck.port.terminate();
    this.worker = null;
    for (const settle of this.waiting.values())
      settle({
        type: 'result',
        id: 0,
        status: 500,
        headers: Object.entries(WATCHDOG),
        body: '',
        heapBytes: 0,
      });
    this.waiting.clear();
    this.restarting = this.load(this.started!.options).finally(() => {
      this.restarting = null;
    });
    return this.restarting;
  }

  private release(): void {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    worker.listeners.delete(this.onMessage);
    if (this.waiting.size === 0) returnWorker(worker, this.settings);
    else worker.port.terminate();
    this.waiting.clear();
  }

  async stop(): Promise<void> {
    if (this.restarting) await this.restarting.catch(() => {});
    this.release();
    this.started = null;
    this.status.stopped();
  }
}
