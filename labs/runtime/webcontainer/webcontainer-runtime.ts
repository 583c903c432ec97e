/**
 * The WebContainer runtime (browser, online): boots @webcontainer/api, mounts handler.js,
 * package.json and server.mjs, runs `npm install` with progress, starts the function server, waits
 * for its port and invokes it with fetch. Every wait is bounded; when it cannot start it rejects with
 * `reason: 'unavailable'` and says why, so the caller falls back to the sandbox.
 */
import { FUNCTION_SERVER_FILES } from '../function-server/server-files.ts';
import { classifyResponse } from '../contract/classify-response.ts';
import { localizedDiagnostic, runtimeDiagnostic } from '../contract/diagnostics.ts';
import { handlerSource } from '../contract/handler-source.ts';
import { limitEvent } from '../contract/limit-messages.ts';
import { goDuration, limitsToEnv } from '../contract/limits-env.ts';
import { LogBuffer } from '../contract/log-feed.ts';
import { RuntimeStatus } from '../contract/runtime-status.ts';
import { nodeLoadDiagnostic } from '../contract/node-load-error.ts';
import {
  RuntimeStartError,
  type FunctionFiles,
  type FunctionRequest,
  type FunctionResponse,
  type FunctionRuntime,
  type RuntimeDescription,
  type StartOptions,
  type StartProgress,
} from '../contract/types.ts';
import { browserEnvironment, preflight, type PreflightEnvironment } from './preflight.ts';
import {
  loadWebContainerApi,
  type Container,
  type ContainerApi,
  type ContainerProcess,
} from './webcontainer-api.ts';

/** Options of the WebContainer runtime; tests inject a fake API, environment and fetch. */
export interface WebContainerRuntimeOptions {
  loadApi?: () => Promise<ContainerApi>;
  environment?: PreflightEnvironment;
  fetch?: typeof fetch;
  /** How long the StackBlitz probe may take (default 3 s). */
  preflightTimeoutMs?: number;
  bootTimeoutMs?: number;
  installTimeoutMs?: number;
  serverTimeoutMs?: number;
  /** The function server's files by name (default: those bundled from labs/runtime/function-server). */
  serverFiles?: Record<string, string>;
}

// One container per page and API: WebContainer allows a single boot, and a boot that hung never recovers.
// Keyed by the API loader, so tests that bring their own fake API get their own container.
let boots = new WeakMap<
  () => Promise<ContainerApi>,
  { container: Promise<Container> | null; hung: boolean }
>();

/** Forgets every booted container (tests only). */
export function resetWebContainerBoot(): void {
  boots = new WeakMap();
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** @webcontainer/api implementation of {@link FunctionRuntime}. */
export class WebContainerRuntime implements FunctionRuntime {
  readonly kind = 'webcontainer' as const;
  readonly logs = new LogBuffer();
  private container: Container | null = null;
  private server: ContainerProcess | null = null;
  private url: string | null = null;
  private options: StartOptions | null = null;
  private readonly status = new RuntimeStatus(this.kind, {
    es: 'WebContainer (Node.js en el navegador)',
    en: 'WebContainer (Node.js in the browser)',
  });

  constructor(private readonly settings: WebContainerRuntimeOptions = {}) {}

  describe(): RuntimeDescription {
    return this.status.describe(this.url ? { es: this.url, en: this.url } : undefined);
  }

  async start(files: FunctionFiles, options: StartOptions): Promise<void> {
    await this.stop();
    handlerSource(files, 'handler.js');
    this.options = options;
    // Checked between phases: an abort stops the start at the next step (a WebContainer call cannot be cancelled).
    const checkAborted = (): void => {
      if (options.signal?.aborted)
        throw new RuntimeStartError('aborted', [
          runtimeDiagnostic('runtime-aborted', { file: 'handler.js' }),
        ]);
    };
    await this.status.starting(
      async () => {
        const progress = (p: StartProgress): void => {
          checkAborted();
          options.onProgress?.(p);
        };
        progress({
          phase: 'preflight',
          message: {
            es: 'Comprobando si WebContainer puede arrancar…',
            en: 'Checking whether WebContainer can boot…',
          },
        });
        const why = await preflight(
          this.settings.environment ?? browserEnvironment(),
          this.settings.preflightTimeoutMs,
        );
        if (why)
          throw new RuntimeStartError('unavailable', [
            localizedDiagnostic('runtime-unavailable', 'handler.js', why),
          ]);
        progress({ phase: 'boot', message: { es: 'Arrancando WebContainer…', en: 'Booting WebContainer…' } });
        this.container = await this.boot();
        progress({ phase: 'mount', message: { es: 'Montando los archivos…', en: 'Mounting the files…' } });
        const tree: Record<string, { file: { contents: string } }> = {};
        const serverFiles = this.settings.serverFiles ?? FUNCTION_SERVER_FILES;
        for (const [name, contents] of Object.entries({ ...serverFiles, ...files }))
          tree[name] = { file: { contents } };
        await this.container.mount(tree);
        if (files['package.json'] !== undefined) await this.install(progress);
        progress({
          phase: 'start',
          message: { es: 'Iniciando el servidor de la función…', en: 'Starting the function server…' },
        });
        await this.startServer(options);
        progress({ phase: 'ready', message: { es: 'Función lista.', en: 'Function ready.' }, fraction: 1 });
        checkAborted();
      },
      () => {
        this.server?.kill();
        this.server = null;
      },
    );
  }

  private boot(): Promise<Container> {
    const unavailable = (en: string, es: string): RuntimeStartError =>
      new RuntimeStartError('unavailable', [
        localizedDiagnostic('runtime-unavailable', 'handler.js', { es, en }),
      ]);
    const loader = this.settings.loadApi ?? loadWebContainerApi;
    const boot = boots.get(loader) ?? { container: null, hung: false };
    boots.set(loader, boot);
    if (boot.hung)
      return Promise.reject(
        unavailable(
          'an earlier WebContainer boot never finished',
          'un arranque anterior de WebContainer no terminó',
        ),
      );
    const timeoutMs = this.settings.bootTimeoutMs ?? 20_000;
    boot.container ??= loader().then((api) => api.boot({ coep: 'credentialless' }));
    return withTimeout(boot.container, timeoutMs, () => {
      boot.hung = true;
      return unavailable(
        `WebContainer.boot() did not finish in ${timeoutMs / 1000} s`,
        `WebContainer.boot() no terminó en ${timeoutMs / 1000} s`,
      );
    }).catch((error: unknown) => {
      if (error instanceof RuntimeStartError) throw error;
      boot.container = null;
      throw unavailable(
        `WebContainer.boot() failed: ${String(error)}`,
        `WebContainer.boot() falló: ${String(error)}`,
      );
    });
  }

  private async install(progress: (p: StartProgress) => void): Promise<void> {
    progress({ phase: 'install', message: { es: 'npm install…', en: 'npm install…' }, fraction: 0 });
    const process = await this.container!.spawn('npm', ['install', '--no-audit', '--no-fund']);
    let lines = 0;
    void this.pipe(process, () => {
      lines++;
      // npm gives no total; the fraction creeps towards 1 so the bar moves while output flows.
      progress({
        phase: 'install',
        message: { es: 'npm install…', en: 'npm install…' },
        fraction: 1 - 1 / (1 + lines / 5),
      });
    });
    const timeoutMs = this.settings.installTimeoutMs ?? 120_000;
    const code = await withTimeout(process.exit, timeoutMs, () => {
      process.kill();
      return new RuntimeStartError('timeout', [
        runtimeDiagnostic(
          'runtime-timeout',
          { file: 'package.json' },
          { seconds: timeoutMs / 1000, detail: 'npm install' },
        ),
      ]);
    });
    if (code !== 0)
      throw new RuntimeStartError('handler', [
        runtimeDiagnostic('npm-install-failed', { file: 'package.json' }, { code }),
      ]);
  }

  private async startServer(options: StartOptions): Promise<void> {
    const container = this.container!;
    const env = {
      ...limitsToEnv(options.limits, options.env),
      port: '8080',
      HANDLER_PATH: './handler.js',
      FAASLAB_CORS: 'true',
    };
    let output = '';
    const ready = new Promise<string>((resolve) => {
      const off = container.on('server-ready', (port, url) => {
        if (port !== 8080) return;
        off();
        resolve(url);
      });
    });
    const server = await container.spawn('node', ['server.mjs'], { env });
    this.server = server;
    void this.pipe(server, (line) => (output += `${line}\n`));
    const timeoutMs = this.settings.serverTimeoutMs ?? 15_000;
    const exited = server.exit.then((code) => {
      throw new RuntimeStartError(
        'handler',
        [nodeLoadDiagnostic(output.replaceAll('/home/', ''), 'handler.js')],
        { cause: code },
      );
    });
    this.url = await withTimeout(
      Promise.race([ready, exited]),
      timeoutMs,
      () =>
        new RuntimeStartError('timeout', [
          runtimeDiagnostic(
            'runtime-timeout',
            { file: 'handler.js' },
            { seconds: timeoutMs / 1000, detail: 'server.mjs' },
          ),
        ]),
    );
    exited.catch(() => {
      if (this.server === server && this.status.state === 'running')
        this.logs.limit(limitEvent('crash', 'exit'));
    });
  }

  /** Copies a process's output to the log feed, line by line. */
  private async pipe(process: ContainerProcess, onLine: (line: string) => void): Promise<void> {
    const reader = process.output.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      this.logs.chunk('stdout', value);
      for (const line of value.split('\n')) if (line) onLine(line);
    }
  }

  async invoke(request: FunctionRequest, signal?: AbortSignal): Promise<FunctionResponse> {
    if (!this.url || !this.options) throw new Error('WebContainerRuntime.invoke before start');
    const limits = this.options.limits;
    const began = performance.now();
    const since = Date.now();
    const controller = new AbortController();
    signal?.addEventListener('abort', () => controller.abort(signal.reason));
    const timer = setTimeout(() => controller.abort(), limits.execTimeoutMs + 3_000);
    try {
      const response = await (this.settings.fetch ?? fetch)(new URL(request.path ?? '/', this.url), {
        method: request.method,
        headers: request.headers,
        body:
          request.body === undefined || request.method === 'GET' || request.method === 'HEAD'
            ? undefined
            : request.body,
        signal: controller.signal,
      });
      const body = await response.text();
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      const recent = this.logs
        .history()
        .filter((e) => e.time >= since && e.type === 'line')
        .map((e) => (e.type === 'line' ? e.text : ''))
        .join('\n');
      const limit = classifyResponse(response.status, headers, limits, recent);
      if (limit) this.logs.limit(limit);
      return {
        status: response.status,
        headers,
        body,
        durationMs: performance.now() - began,
        ...(limit ? { limit } : {}),
      };
    } catch (error) {
      signal?.throwIfAborted();
      // Our own deadline: not even the watchdog answered. Anything else: the connection broke (502).
      const timedOut = controller.signal.aborted;
      // The server closes the connection at write_timeout (Go's http.Server WriteTimeout).
      const writeClosed = !timedOut && performance.now() - began >= limits.writeTimeoutMs;
      const limit = timedOut
        ? limitEvent('exec-timeout', goDuration(limits.execTimeoutMs))
        : writeClosed
          ? limitEvent('write-timeout', goDuration(limits.writeTimeoutMs))
          : limitEvent('crash', String(error));
      this.logs.limit(limit);
      return {
        status: timedOut ? 504 : 502,
        headers: {},
        body: String(error),
        durationMs: performance.now() - began,
        limit,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Kills `node server.mjs` and starts it again with the same limits (a new Pod); the container stays. */
  async restart(): Promise<void> {
    const options = this.options;
    if (!options || !this.container) throw new Error('WebContainerRuntime.restart before start');
    const old = this.server;
    this.server = null;
    this.url = null;
    old?.kill();
    await old?.exit.catch(() => {});
    await this.startServer(options);
  }

  async stop(): Promise<void> {
    this.server?.kill();
    this.server = null;
    this.url = null;
    this.options = null;
    this.status.stopped();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }
}
