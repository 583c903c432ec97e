/**
 * One lab on the page, without the DOM: starts the student's files in a runtime, invokes, runs the
 * checks and forwards the runtime's logs. The run lifecycle, the runtime fallback included, is
 * {@link labRunMachine}: this session provides its `start` actor and owns the runtimes; a newer Run
 * cancels an older one still starting, so a slow boot never overwrites a later result.
 */
import { createActor, fromPromise, type Actor } from 'xstate';
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
import { labRunMachine, type LabRunState, type StartInput, type StartOutcome } from './lab-run-machine.ts';
import type { BrowserRuntimeKind } from './runtime-choice.ts';

/** Options of {@link LabSession}. */
export interface LabSessionOptions {
  lab: Lab;
  /** Makes a runtime of a kind; called at most once per kind. */
  createRuntime: (kind: BrowserRuntimeKind) => FunctionRuntime;
  /** Every log entry of whichever runtime is current. */
  onLog?: (entry: LogEntry) => void;
}

type OnFallback = (from: BrowserRuntimeKind, error: RuntimeStartError) => void;

/** The lab's live session. */
export class LabSession {
  readonly actor: Actor<typeof labRunMachine>;
  private readonly runtimes = new Map<BrowserRuntimeKind, FunctionRuntime>();
  private current: FunctionRuntime | null = null;
  private onFallback: OnFallback | undefined;
  private lastStart: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: LabSessionOptions) {
    const start = fromPromise<StartOutcome, StartInput>(({ input, signal }) =>
      this.startFirst(input, signal),
    );
    this.actor = createActor(labRunMachine.provide({ actors: { start } })).start();
  }

  /** The run state now. */
  state(): LabRunState {
    return this.actor.getSnapshot().value;
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
   * next kind is tried. A handler error stops there. Resolves true when running; false when the start
   * failed or a newer Run (or Stop) superseded it.
   */
  run(files: FunctionFiles, kinds: BrowserRuntimeKind[], onFallback?: OnFallback): Promise<boolean> {
    this.onFallback = onFallback;
    this.actor.send({ type: 'RUN', files, kinds });
    const request = this.actor.getSnapshot().context.request;
    return new Promise((resolve) => {
      const subscription = this.actor.subscribe((snapshot) => {
        const superseded = snapshot.context.request !== request;
        if (snapshot.value === 'starting' && !superseded) return;
        subscription.unsubscribe();
        resolve(!superseded && snapshot.value === 'running');
      });
    });
  }

  /** The machine's `start` actor: tries each kind in turn; aborted when a newer Run or Stop comes. */
  private async startFirst(input: StartInput, signal: AbortSignal): Promise<StartOutcome> {
    const onFallback = this.onFallback;
    for (const [index, kind] of input.kinds.entries()) {
      const last = index === input.kinds.length - 1;
      const next = this.runtimeOf(kind);
      if (this.current && this.current !== next) await this.current.stop();
      if (signal.aborted) return { ok: false, diagnostics: [], message: null };
      this.current = next;
      const { lab } = this.options;
      const report = (
        progress: Parameters<NonNullable<Parameters<FunctionRuntime['start']>[1]['onProgress']>>[0],
      ) => signal.aborted || input.machine.send({ type: 'PROGRESS', progress });
      // Runtimes that report no progress of their own (the sandbox) still say what is starting.
      report({ phase: 'boot', message: next.describe().label });
      try {
        // A runtime starts one thing at a time: a superseded start still finishes (unheard) before this one.
        await this.lastStart;
        if (signal.aborted) return { ok: false, diagnostics: [], message: null };
        const attempt = next.start(input.files, { limits: lab.limits, env: lab.env, onProgress: report });
        this.lastStart = attempt.catch(() => undefined);
        await attempt;
        return { ok: true };
      } catch (error) {
        if (signal.aborted) return { ok: false, diagnostics: [], message: null };
        if (!(error instanceof RuntimeStartError))
          return { ok: false, diagnostics: [], message: { es: String(error), en: String(error) } };
        if (last || error.reason !== 'unavailable')
          return { ok: false, diagnostics: error.diagnostics, message: null };
        onFallback?.(kind, error);
      }
    }
    return { ok: false, diagnostics: [], message: null };
  }

  /** Waits for a start in progress; true when the function is running. */
  async ready(): Promise<boolean> {
    if (this.state() === 'starting')
      await new Promise<void>((resolve) => {
        const subscription = this.actor.subscribe((snapshot) => {
          if (snapshot.value === 'starting') return;
          subscription.unsubscribe();
          resolve();
        });
      });
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
