/**
 * One lab on the page, without the DOM: starts the student's files in a runtime, invokes, runs the
 * checks and forwards the runtime's logs. The run lifecycle is {@link labRunMachine}; a newer Run
 * supersedes an older one still starting, so a slow boot never overwrites a later result.
 */
import { createActor, type Actor } from 'xstate';
import {
  RuntimeStartError,
  runChecks,
  type CheckResult,
  type FunctionFiles,
  type FunctionRequest,
  type FunctionResponse,
  type FunctionRuntime,
  type Lab,
  type LogEntry,
} from '../../../labs/index.ts';
import { labRunMachine, type LabRunState } from './lab-run-machine.ts';
import type { BrowserRuntimeKind } from './runtime-choice.ts';

/** Options of {@link LabSession}. */
export interface LabSessionOptions {
  lab: Lab;
  /** Makes a runtime of a kind; called at most once per kind. */
  createRuntime: (kind: BrowserRuntimeKind) => FunctionRuntime;
  /** Every log entry of whichever runtime is current. */
  onLog?: (entry: LogEntry) => void;
}

/** The lab's live session. */
export class LabSession {
  readonly actor: Actor<typeof labRunMachine>;
  private readonly runtimes = new Map<BrowserRuntimeKind, FunctionRuntime>();
  private current: FunctionRuntime | null = null;
  private runCount = 0;
  private starting: Promise<boolean> | null = null;

  constructor(private readonly options: LabSessionOptions) {
    this.actor = createActor(labRunMachine).start();
  }

  /** The run state now. */
  state(): LabRunState {
    return this.actor.getSnapshot().value as LabRunState;
  }

  /** The runtime that ran last, if any. */
  runtime(): FunctionRuntime | null {
    return this.current;
  }

  private runtimeOf(kind: BrowserRuntimeKind): FunctionRuntime {
    let runtime = this.runtimes.get(kind);
    if (!runtime) {
      runtime = this.options.createRuntime(kind);
      const onLog = this.options.onLog;
      if (onLog) runtime.logs.subscribe((entry) => this.current === runtime && onLog(entry));
      this.runtimes.set(kind, runtime);
    }
    return runtime;
  }

  /**
   * Starts (or restarts) the files in the first runtime of `kinds` that can run here: when one fails
   * for a reason of its own (`unavailable`: offline, boot timeout), `onFallback` hears why and the
   * next kind is tried. A handler error stops there. Resolves true when running.
   */
  run(
    files: FunctionFiles,
    kinds: BrowserRuntimeKind[],
    onFallback?: (from: BrowserRuntimeKind, error: RuntimeStartError) => void,
  ): Promise<boolean> {
    const token = ++this.runCount;
    this.actor.send({ type: 'RUN' });
    this.starting = this.startFirst(files, kinds, token, onFallback);
    return this.starting;
  }

  private async startFirst(
    files: FunctionFiles,
    kinds: BrowserRuntimeKind[],
    token: number,
    onFallback?: (from: BrowserRuntimeKind, error: RuntimeStartError) => void,
  ): Promise<boolean> {
    for (const [index, kind] of kinds.entries()) {
      const last = index === kinds.length - 1;
      const outcome = await this.start(files, kind, token, last);
      if (outcome === true || outcome === false) return outcome;
      if (token !== this.runCount) return false;
      onFallback?.(kind, outcome);
    }
    return false;
  }

  /** true/false as `run`, or the error to fall back on when this is not the last kind. */
  private async start(
    files: FunctionFiles,
    kind: BrowserRuntimeKind,
    token: number,
    last: boolean,
  ): Promise<boolean | RuntimeStartError> {
    const next = this.runtimeOf(kind);
    if (this.current && this.current !== next) await this.current.stop();
    this.current = next;
    const { lab } = this.options;
    // Runtimes that report no progress of their own (the sandbox) still say what is starting.
    this.actor.send({ type: 'PROGRESS', progress: { phase: 'boot', message: next.describe().label } });
    try {
      await next.start(files, {
        limits: lab.limits,
        env: lab.env,
        onProgress: (progress) => token === this.runCount && this.actor.send({ type: 'PROGRESS', progress }),
      });
      if (token === this.runCount) this.actor.send({ type: 'STARTED' });
      return token === this.runCount;
    } catch (error) {
      if (token !== this.runCount) return false;
      if (!last && error instanceof RuntimeStartError && error.reason === 'unavailable') return error;
      if (error instanceof RuntimeStartError)
        this.actor.send({ type: 'FAILED', diagnostics: error.diagnostics, message: null });
      else
        this.actor.send({
          type: 'FAILED',
          diagnostics: [],
          message: { es: String(error), en: String(error) },
        });
      return false;
    }
  }

  /** Waits for a start in progress; true when the function is running. */
  async ready(): Promise<boolean> {
    if (this.starting) await this.starting;
    return this.state() === 'running';
  }

  /** Invokes the running function. Throws only when nothing is running. */
  async invoke(request: FunctionRequest, signal?: AbortSignal): Promise<FunctionResponse> {
    if (!(await this.ready()) || !this.current)
      throw new Error('LabSession.invoke: the function is not running');
    return this.current.invoke(request, signal);
  }

  /** Runs the lab's hidden checks against the running function. */
  async check(signal?: AbortSignal): Promise<CheckResult[]> {
    if (!(await this.ready()) || !this.current)
      throw new Error('LabSession.check: the function is not running');
    return runChecks(this.current, this.options.lab, signal);
  }

  /** Stops the function. */
  async stop(): Promise<void> {
    this.runCount++;
    this.actor.send({ type: 'STOP' });
    await this.current?.stop();
  }

  /** Stops everything for good (the island is removed). */
  async dispose(): Promise<void> {
    await this.stop();
    for (const runtime of this.runtimes.values()) await runtime.stop();
    this.actor.stop();
  }
}
