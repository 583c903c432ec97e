/**
 * The Sandbox runtime (browser, offline): the handler runs in QuickJS inside a Web Worker, so the
 * page's main thread never runs student code. QuickJS's interrupt handler and memory limit do the
 * work; if the worker itself stops answering, it is terminated and rebuilt as a last resort.
 */
import { formatRuntimeMessage, runtimeDiagnostic } from '../contract/diagnostics.ts';
import { handlerSource } from '../contract/handler-source.ts';
import { limitEvent } from '../contract/limit-messages.ts';
import { goDuration } from '../contract/limits-env.ts';
import { LogBuffer } from '../contract/log-feed.ts';
import { watchdogTimeout } from '../contract/watchdog-timeout.ts';
import { RuntimeStatus } from '../contract/runtime-status.ts';
import {
  RuntimeStartError,
  type FunctionFiles,
  type FunctionRequest,
  type FunctionResponse,
  type FunctionRuntime,
  type RuntimeDescription,
  type StartOptions,
} from '../contract/types.ts';
import type { FromSandbox, SandboxPort } from './sandbox-messages.ts';

/** Options of the Sandbox runtime. */
export interface SandboxRuntimeOptions {
  /** Makes the worker; the default bundles sandbox-worker.ts. Tests pass an in-process port. */
  createPort?: () => SandboxPort;
  /** Grace after exec_timeout before the worker is terminated for not answering at all. */
  terminateGraceMs?: number;
  /** How long QuickJS may take to load. */
  bootTimeoutMs?: number;
}

function defaultPort(): SandboxPort {
  return new Worker(new URL('./sandbox-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as SandboxPort;
}

// One spare worker per page, already loading QuickJS (see SandboxRuntime.prewarm).
let spareWorker: SandboxPort | null = null;

/** QuickJS-in-a-Worker implementation of {@link FunctionRuntime}. */
export class SandboxRuntime implements FunctionRuntime {
  readonly kind = 'sandbox' as const;
  readonly logs = new LogBuffer();
  private port: SandboxPort | null = null;
  /** handler.js of the last start. */
  private source = '';
  private options: StartOptions | null = null;
  private readonly status = new RuntimeStatus(this.kind, {
    es: 'Sandbox QuickJS (sin conexión)',
    en: 'QuickJS sandbox (offline)',
  });
  private nextId = 1;
  private readonly waiting = new Map<number, (response: FunctionResponse) => void>();
  private booting: Promise<void> | null = null;
  /** Set when the worker had to be terminated for a blocked handler: later requests time out too. */
  private hungSince: string | null = null;
  /** Milliseconds QuickJS took to load in the worker at the last start (for benchmarks). */
  lastBootMs = 0;

  constructor(private readonly settings: SandboxRuntimeOptions = {}) {}

  /**
   * Creates a spare worker that starts loading QuickJS right away, so the next start() of a
   * SandboxRuntime with the default worker skips that wait. Call it when a lab appears on the page.
   */
  static prewarm(): void {
    spareWorker ??= defaultPort();
  }

  private createPort(): SandboxPort {
    if (this.settings.createPort) return this.settings.createPort();
    const spare = spareWorker;
    spareWorker = null;
    return spare ?? defaultPort();
  }

  describe(): RuntimeDescription {
    return this.status.describe();
  }

  async start(files: FunctionFiles, options: StartOptions): Promise<void> {
    await this.stop();
    this.source = handlerSource(files, 'handler.js');
    this.options = options;
    this.hungSince = null;
    await this.status.starting(
      () => this.boot(),
      () => {
        this.port?.terminate();
        this.port = null;
      },
    );
    // The next start (the student edits and runs again) finds a worker with QuickJS loaded.
    if (!this.settings.createPort) SandboxRuntime.prewarm();
  }

  private boot(): Promise<void> {
    const { limits, env = {}, signal } = this.options!;
    const port = this.createPort();
    this.port = port;
    this.booting = new Promise<void>((resolve, reject) => {
      const fail = (reason: RuntimeStartError['reason'], detail: string): void => {
        clearTimeout(timer);
        const code =
          reason === 'aborted'
            ? 'runtime-aborted'
            : reason === 'timeout'
              ? 'runtime-timeout'
              : 'runtime-unavailable';
        reject(
          new RuntimeStartError(reason, [
            runtimeDiagnostic(
              code,
              { file: 'handler.js' },
              { detail, seconds: (this.settings.bootTimeoutMs ?? 15_000) / 1000 },
            ),
          ]),
        );
      };
      const timer = setTimeout(() => fail('timeout', 'QuickJS'), this.settings.bootTimeoutMs ?? 15_000);
      signal?.addEventListener('abort', () => fail('aborted', ''), { once: true });
      port.onerror = (event) => fail('unavailable', event.message ?? 'worker error');
      port.onmessage = ({ data }) => {
        if (data.type === 'started') {
          clearTimeout(timer);
          this.lastBootMs = data.bootMs;
          if (data.diagnostics.length) reject(new RuntimeStartError('handler', data.diagnostics));
          else resolve();
        } else if (data.type === 'fatal') fail('unavailable', data.message);
        else this.receive(data);
      };
      port.postMessage({ type: 'start', source: this.source, limits, env });
    }).finally(() => {
      this.booting = null;
    });
    return this.booting;
  }

  private receive(data: FromSandbox): void {
    if (data.type === 'result') {
      const resolve = this.waiting.get(data.id);
      this.waiting.delete(data.id);
      resolve?.(data.bodyBytes ? withLazyBody(data.response, data.bodyBytes) : data.response);
    } else if (data.type === 'log') this.logs.line(data.stream, data.text, data.time);
    else if (data.type === 'limit') this.logs.limit(data.limit, data.time);
    else if (data.type === 'fatal') this.logs.line('system', data.message);
  }

  async invoke(request: FunctionRequest, signal?: AbortSignal): Promise<FunctionResponse> {
    if (!this.options) throw new Error('SandboxRuntime.invoke before start');
    if (this.booting) await this.booting;
    const limits = this.options.limits;
    const began = performance.now();
    const id = this.nextId++;
    const port = this.port!;
    if (this.hungSince) return this.timeOutWhileHung(began, signal);
    return new Promise<FunctionResponse>((resolve, reject) => {
      // Last resort: the worker gives no answer at all (not even QuickJS's 504). Terminate and rebuild it.
      const timer = setTimeout(
        () => {
          this.waiting.delete(id);
          const limit = limitEvent('exec-timeout', goDuration(limits.execTimeoutMs));
          this.logs.limit(limit);
          this.logs.line(
            'system',
            formatRuntimeMessage('runtime-unavailable', { detail: 'worker terminated' }).en,
          );
          // The worker is replaced to free the CPU, but a real Pod's process would still be spinning.
          if (this.options?.env?.FAASLAB_RESTART_ON_HANG !== 'true')
            this.hungSince ??= new Date().toISOString();
          void this.replaceWorker(port);
          resolve(watchdogTimeout(began, limit));
        },
        limits.execTimeoutMs + (this.settings.terminateGraceMs ?? 2_000),
      );
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        this.waiting.delete(id);
        reject(signal.reason);
      });
      this.waiting.set(id, (response) => {
        clearTimeout(timer);
        resolve(response);
      });
      port.postMessage({ type: 'invoke', id, request });
    });
  }

  /** After a blocked handler: every request waits exec_timeout and gets 504, as behind a spinning process. */
  private timeOutWhileHung(began: number, signal?: AbortSignal): Promise<FunctionResponse> {
    const limits = this.options!.limits;
    return new Promise<FunctionResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        const limit = limitEvent('exec-timeout', goDuration(limits.execTimeoutMs));
        this.logs.line(
          'system',
          `Upstream HTTP killed due to exec_timeout: ${goDuration(limits.execTimeoutMs)}`,
        );
        this.logs.line(
          'system',
          `Function process still blocked since ${this.hungSince} by an earlier request: restart the Pod to recover.`,
        );
        this.logs.limit(limit);
        resolve(watchdogTimeout(began, limit));
      }, limits.execTimeoutMs);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  }

  /** A fresh worker with the same handler and limits: what a new Pod would be. */
  async restart(): Promise<void> {
    if (!this.options || !this.port) throw new Error('SandboxRuntime.restart before start');
    if (this.booting) await this.booting.catch(() => {});
    this.hungSince = null;
    this.logs.line('system', 'Restarting the function (a new Pod): the handler is loaded again.');
    await this.replaceWorker(this.port);
  }

  private async replaceWorker(stuck: SandboxPort): Promise<void> {
    if (this.port !== stuck) return;
    stuck.terminate();
    for (const [id, resolve] of this.waiting) {
      this.waiting.delete(id);
      resolve({
        status: 500,
        headers: { 'x-openfaas-internal': 'of-watchdog' },
        body: '',
        durationMs: 0,
        limit: limitEvent('crash', 'worker terminated'),
      });
    }
    await this.boot().catch((error: unknown) => this.logs.line('system', String(error)));
  }

  async stop(): Promise<void> {
    this.port?.terminate();
    this.port = null;
    this.options = null;
    this.waiting.clear();
    this.status.stopped();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }
}

/** The bytes a large response body arrived as (see sandbox-worker.ts), when it came that way. */
export const BODY_BYTES = Symbol('faaslab.bodyBytes');

/**
 * A response whose `body` is decoded from `bytes` on first read, and whose bytes stay reachable under
 * {@link BODY_BYTES} so a view can show the start and offer the whole without decoding it.
 */
function withLazyBody(response: FunctionResponse, bytes: Uint8Array): FunctionResponse {
  let text: string | undefined;
  const lazy = { ...response, [BODY_BYTES]: bytes };
  Object.defineProperty(lazy, 'body', {
    enumerable: true,
    get: () => (text ??= new TextDecoder().decode(bytes)),
  });
  return lazy;
}
