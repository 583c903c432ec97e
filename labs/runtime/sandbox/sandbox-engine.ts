/**
 * Runs one handler inside QuickJS with the template contract: exec timeout through QuickJS's
 * interrupt handler and a per-request timer (a slow async handler is answered 504). A `while (true) {}`
 * is stopped by the interrupt only to free the CPU: a real Node process would keep spinning (of-watchdog
 * never restarts it), so from then on every request waits exec_timeout and gets 504 until the runtime is
 * restarted, as a Pod would be (server.mjs answers the same way; FAASLAB_RESTART_ON_HANG=true opts
 * out). A real heap limit through the QuickJS runtime memory limit (on exhaustion the engine is rebuilt
 * from a fresh WebAssembly module, as a container would be restarted). Runs wherever it is
 * created: the Sandbox runtime creates it in a Web Worker so the page never blocks.
 */
import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import { runtimeDiagnostic } from '../contract/diagnostics.ts';
import { limitEvent } from '../contract/limit-messages.ts';
import { LogThrottle } from '../contract/log-throttle.ts';
import { goDuration, limitsToEnv } from '../contract/limits-env.ts';
import type { FunctionRequest, FunctionResponse, LimitEvent } from '../contract/types.ts';
import { loadQuickJS, memoryUsedBytes } from './quickjs-module.ts';
import { HOST_FUNCTIONS, sandboxPrelude } from './sandbox-prelude.ts';
import { quickjsLoadDiagnostic, WRAPPER_HEAD, type QuickJSError } from './sandbox-load-error.ts';
import { probeAnswer, timedAnswer, watchdogAnswer, wireRequest } from './watchdog-answers.ts';
import type { Diagnostic } from '../../../core/index.ts';
import type { PendingRequest, SandboxEngineOptions } from './sandbox-engine-options.ts';

/** The handler's QuickJS world. Create with {@link SandboxEngine.create}. */
export class SandboxEngine {
  private module!: QuickJSWASMModule;
  private runtime!: QuickJSRuntime;
  private vm!: QuickJSContext;
  private invokeFn!: QuickJSHandle;
  private fireFn!: QuickJSHandle;
  private readonly pending = new Map<number, PendingRequest>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private nextId = 1;
  private deadline: number | null = null;
  private interrupted = false;
  private heapAtDeadline = 0;
  private outOfMemory = false;
  private inflight = 0;
  /** When a handler blocked the engine past exec_timeout (ISO time), or null. */
  private hungSince: string | null = null;
  private rebooting: Promise<unknown> = Promise.resolve();

  private readonly output: LogThrottle;

  private constructor(private readonly options: SandboxEngineOptions) {
    this.output = new LogThrottle((stream, text) => options.onLog(stream, text));
  }

  /** Loads QuickJS and the handler; resolves to the engine or to the diagnostics of a bad handler. */
  static async create(options: SandboxEngineOptions): Promise<SandboxEngine | Diagnostic[]> {
    const engine = new SandboxEngine(options);
    const problem = await engine.boot();
    return problem ? [problem] : engine;
  }

  private async boot(): Promise<Diagnostic | null> {
    const { limits, env } = this.options;
    // The preloaded module serves the first boot only: a rebuild after a memory blow-up needs fresh memory.
    const preloaded = this.options.preloaded;
    this.options.preloaded = undefined;
    this.module = await (preloaded ?? loadQuickJS(this.options.wasmLocation));
    this.runtime = this.module.newRuntime();
    this.runtime.setMemoryLimit(limits.memoryMb * 1024 * 1024);
    // QuickJS's own limit must trip before the host's: its frames also use the browser's (or Node's)
    // native stack, about 1 MB, and overflowing that kills the worker instead of raising RangeError.
    this.runtime.setMaxStackSize(256 * 1024);
    this.runtime.setInterruptHandler(() => {
      if (!this.interrupted && this.deadline !== null && performance.now() > this.deadline) {
        this.interrupted = true;
        // Measured before the stack unwinds and frees what the handler held.
        this.heapAtDeadline = memoryUsedBytes(this.runtime, this.vm);
      }
      return this.interrupted;
    });
    this.vm = this.runtime.newContext();
    this.installHostFunctions();
    const prelude = this.vm.evalCode(sandboxPrelude(limitsToEnv(limits, env)), 'faaslab-prelude.js');
    if (prelude.error)
      throw new Error(`sandbox prelude failed: ${JSON.stringify(this.vm.dump(prelude.error))}`);
    prelude.value.dispose();
    this.invokeFn = this.vm.getProp(this.vm.global, '__faaslab_invoke');
    this.fireFn = this.vm.getProp(this.vm.global, '__faaslab_fire');
    return this.loadHandler();
  }

  private installHostFunctions(): void {
    const vm = this.vm;
    const fns: Record<(typeof HOST_FUNCTIONS)[number], (...args: QuickJSHandle[]) => void> = {
      __faaslab_log: (stream, text) =>
        this.output.line(vm.getString(stream!) === 'stderr' ? 'stderr' : 'stdout', vm.getString(text!)),
      __faaslab_done: (id, json) =>
        this.settle(
          vm.getNumber(id!),
          JSON.parse(vm.getString(json!)) as Omit<FunctionResponse, 'durationMs'> & { crashed?: string },
        ),
      __faaslab_timer: (id, ms) => {
        const timerId = vm.getNumber(id!);
        this.timers.set(
          timerId,
          setTimeout(() => this.fire(timerId), vm.getNumber(ms!)),
        );
      },
      __faaslab_clear: (id) => {
        const timerId = vm.getNumber(id!);
        clearTimeout(this.timers.get(timerId));
        this.timers.delete(timerId);
      },
      __faaslab_oom: () => {
        this.outOfMemory = true;
      },
    };
    for (const [name, fn] of Object.entries(fns)) {
      // Host functions return nothing to QuickJS: a stray return value (a callback's) is not a handle.
      const handle = vm.newFunction(name, (...args: QuickJSHandle[]) => void fn(...args));
      vm.setProp(vm.global, name, handle);
      handle.dispose();
    }
  }

  private loadHandler(): Diagnostic | null {
    const source = this.options.source;
    const compiled = this.vm.evalCode(`${WRAPPER_HEAD}${source}\n})`, 'handler.js');
    if (compiled.error) return this.loadDiagnostic(compiled.error, true);
    const setHandler = this.vm.getProp(this.vm.global, '__faaslab_setHandler');
    const loaded = this.enter(() => this.vm.callFunction(setHandler, this.vm.undefined, compiled.value));
    setHandler.dispose();
    compiled.value.dispose();
    if (loaded.error) return this.loadDiagnostic(loaded.error, false);
    const isFunction = this.vm.dump(loaded.value) === true;
    loaded.value.dispose();
    return isFunction ? null : runtimeDiagnostic('handler-not-function', { file: 'handler.js' });
  }

  private loadDiagnostic(errorHandle: QuickJSHandle, compiling: boolean): Diagnostic {
    const error = this.vm.dump(errorHandle) as QuickJSError;
    errorHandle.dispose();
    return quickjsLoadDiagnostic(error, compiling);
  }

  /** Serves one request; never rejects. Waits while the engine is being rebuilt after a memory blow-up. */
  async invoke(request: FunctionRequest): Promise<FunctionResponse> {
    await this.rebooting;
    return this.serve(request);
  }

  private serve(request: FunctionRequest): Promise<FunctionResponse> {
    const started = performance.now();
    const { limits } = this.options;
    const path = (request.path ?? '/').split('?')[0];
    if (path === '/_/health' || path === '/_/ready') {
      const busy = limits.maxInflight > 0 && this.inflight >= limits.maxInflight;
      return Promise.resolve(probeAnswer(started, request.method, path, busy));
    }
    if (limits.maxInflight > 0 && this.inflight >= limits.maxInflight) {
      const limit = limitEvent('inflight', String(limits.maxInflight));
      this.options.onLimit(limit);
      return Promise.resolve(
        watchdogAnswer(
          started,
          429,
          limit,
          `Concurrent request limit exceeded. Max concurrent requests: ${limits.maxInflight}\n`,
        ),
      );
    }
    if (this.hungSince) return this.timeOutBehindBlockedHandler(started);
    const id = this.nextId++;
    const wire = wireRequest(request);
    this.inflight++;
    return new Promise((resolve) => {
      const deadline = started + limits.execTimeoutMs;
      // An async handler that waits past exec_timeout: the watchdog answers 504; the handler may go on.
      // Past write_timeout (when shorter) Go's server closes the connection instead: the gateway sees 502.
      const writeFirst = limits.writeTimeoutMs < limits.execTimeoutMs;
      const timer = setTimeout(
        () => (writeFirst ? this.closeAtWriteTimeout(id) : this.expire(id)),
        writeFirst ? limits.writeTimeoutMs : limits.execTimeoutMs,
      );
      this.pending.set(id, { resolve, started, deadline, timer });
      const json = this.vm.newString(JSON.stringify(wire));
      const idHandle = this.vm.newNumber(id);
      this.call(this.invokeFn, [idHandle, json]);
      json.dispose();
      idHandle.dispose();
    });
  }

  /** The process still spins on an earlier request: this one is never read, and exec_timeout answers it. */
  private timeOutBehindBlockedHandler(started: number): Promise<FunctionResponse> {
    const { limits } = this.options;
    this.inflight++;
    return new Promise((resolve) => {
      setTimeout(() => {
        this.inflight--;
        const limit = this.execTimedOut();
        this.options.onLog(
          'system',
          `Function process still blocked since ${this.hungSince} by an earlier request: restart the Pod to recover.`,
        );
        this.options.onLimit(limit);
        resolve(watchdogAnswer(started, 504, limit));
      }, limits.execTimeoutMs);
    });
  }

  private fire(timerId: number): void {
    this.timers.delete(timerId);
    // No request in flight: the handler's leftover timers (a setInterval that logs forever) stop
    // here, so nothing runs between requests and the page stays idle.
    if (this.pending.size === 0) return this.clearTimers();
    const idHandle = this.vm.newNumber(timerId);
    this.call(this.fireFn, [idHandle]);
    idHandle.dispose();
  }

  /** Calls into QuickJS, runs the promise jobs, then applies exec timeout and memory outcomes. */
  private call(fn: QuickJSHandle, args: QuickJSHandle[]): void {
    const result = this.enter(() => this.vm.callFunction(fn, this.vm.undefined, ...args));
    if (result.error) this.uncaught(result.error);
    else result.value.dispose();
    this.afterRun();
  }

  private enter<T>(run: () => T): T {
    const open = [...this.pending.values()].map((p) => p.deadline);
    this.deadline = open.length ? Math.min(...open) : performance.now() + this.options.limits.execTimeoutMs;
    this.interrupted = false;
    try {
      const value = run();
      for (;;) {
        const jobs = this.runtime.executePendingJobs();
        if (jobs.error) {
          this.uncaught(jobs.error);
          if (this.interrupted || this.outOfMemory) break;
          continue;
        }
        if (jobs.value === 0) break;
      }
      return value;
    } finally {
      this.deadline = null;
    }
  }

  private uncaught(errorHandle: QuickJSHandle): void {
    const error = this.vm.dump(errorHandle) as { name?: string; message?: string; stack?: string };
    errorHandle.dispose();
    if (error?.name === 'InternalError' && /out of memory/.test(String(error.message)))
      this.outOfMemory = true;
    else if (!this.interrupted)
      this.options.onLog('stderr', `${error?.name}: ${error?.message}\n${error?.stack ?? ''}`.trim());
  }

  private afterRun(): void {
    if (this.interrupted) {
      const now = performance.now();
      for (const [id, p] of this.pending) if (p.deadline <= now) this.expire(id);
      this.interrupted = false;
      if (this.options.env.FAASLAB_RESTART_ON_HANG !== 'true') this.markHung();
    }
    if (this.outOfMemory) this.rebooting = this.restartAfterMemory();
  }

  /** A handler blocked its thread: what a real Pod would now do to every request, until restarted. */
  private markHung(): void {
    if (this.hungSince) return;
    this.hungSince = new Date().toISOString();
    this.options.onLog(
      'system',
      'Function process is blocked (its event loop has not answered since exec_timeout): of-watchdog does not restart it, so every later request waits exec_timeout and gets 504. Restart the Pod (kubectl rollout restart deployment/<function> -n openfaas-fn) to recover.',
    );
    // Requests already handed to the blocked process get their 504 from their own timers.
    this.clearTimers();
  }

  private expire(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    // QuickJS is an interpreter, far slower than V8: a handler filling its heap reaches exec_timeout
    // before the limit that would stop it in Node within a fraction of a second. A heap past a quarter
    // of the limit at the deadline is reported as what Node would report: out of memory (500), and
    // the engine is rebuilt as the process would be.
    const heap = Math.max(this.heapAtDeadline, memoryUsedBytes(this.runtime, this.vm));
    this.heapAtDeadline = 0;
    if (this.outOfMemory || heap > (this.options.limits.memoryMb * 1024 * 1024) / 4) {
      this.options.onLog(
        'system',
        `exec_timeout came with ${Math.round(heap / 1048576)} MB of ${this.options.limits.memoryMb} MB in use: Node would have run out of memory first`,
      );
      this.outOfMemory = true;
      this.rebooting = this.restartAfterMemory();
      return;
    }
    const limit = this.execTimedOut();
    this.options.onLimit(limit);
    this.finish(id, watchdogAnswer(p.started, 504, limit));
  }

  /** Says in the log, as of-watchdog does, that exec_timeout cut a request; returns its limit event. */
  private execTimedOut(): LimitEvent {
    const timeout = goDuration(this.options.limits.execTimeoutMs);
    this.options.onLog('system', `Upstream HTTP killed due to exec_timeout: ${timeout}`);
    return limitEvent('exec-timeout', timeout);
  }

  private closeAtWriteTimeout(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    const limit = limitEvent('write-timeout', goDuration(this.options.limits.writeTimeoutMs));
    this.options.onLog(
      'system',
      `write_timeout (${goDuration(this.options.limits.writeTimeoutMs)}) reached: connection closed`,
    );
    this.options.onLimit(limit);
    this.finish(id, { ...timedAnswer(p.started, 502, {}, ''), limit });
  }

  private async restartAfterMemory(): Promise<void> {
    this.outOfMemory = false;
    const limit = limitEvent('memory', `${this.options.limits.memoryMb} MB`);
    this.options.onLog(
      'system',
      `Function ran out of memory (limit ${this.options.limits.memoryMb} MB): restarting it`,
    );
    this.options.onLimit(limit);
    for (const [id, p] of [...this.pending]) this.finish(id, watchdogAnswer(p.started, 500, limit));
    this.clearTimers();
    // The exhausted runtime is dropped whole with its WebAssembly memory; a fresh one takes its place.
    await this.boot();
  }

  /** The real template's process died of an unhandled rejection: every request in flight gets 500, then a new one. */
  private async restartAfterCrash(detail: string): Promise<void> {
    const limit = limitEvent('crash', detail.split('\n')[0] ?? detail);
    this.options.onLog('system', 'Function process exited with code 1 (unhandled rejection): restarting it');
    this.options.onLimit(limit);
    for (const [id, p] of [...this.pending]) this.finish(id, watchdogAnswer(p.started, 500, limit));
    this.clearTimers();
    this.hungSince = null;
    await this.boot();
  }

  private settle(id: number, answer: Omit<FunctionResponse, 'durationMs'> & { crashed?: string }): void {
    const p = this.pending.get(id);
    if (!p) return;
    if (answer.crashed) {
      this.rebooting = this.restartAfterCrash(answer.crashed);
      return;
    }
    // QuickJS turns "interrupted" and "out of memory" into rejections an async handler's promise
    // carries to the template's catch; the watchdog would have answered 504 / the process died instead.
    if (this.interrupted || performance.now() >= p.deadline) return this.expire(id);
    if (this.outOfMemory) return;
    const response = timedAnswer(p.started, answer.status, answer.headers, answer.body);
    if (answer.status === 413) {
      const limit = limitEvent('body-too-large', `${this.options.limits.maxBodyBytes} B`);
      this.options.onLimit(limit);
      response.limit = limit;
    }
    this.finish(id, response);
  }

  private finish(id: number, response: FunctionResponse): void {
    const p = this.pending.get(id);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(id);
    this.inflight--;
    if (this.pending.size === 0) {
      this.clearTimers();
      this.output.flush();
    }
    p.resolve(response);
  }

  private clearTimers(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Stops every timer and drops QuickJS. Pending requests are left unanswered. */
  dispose(): void {
    this.clearTimers();
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
  }
}
