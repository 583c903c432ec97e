/**
 * Browser side of the runtime harness page (/dev/runtime-harness/, src/pages/dev/[harness].astro):
 * exposes the contract suite, the lab suite and the sandbox benchmark to playwright on
 * `window.faaslabHarness`.
 */
import { getLab } from '../../labs/index.ts';
import { labLimits } from '../../labs/lab-limits.ts';
import { SandboxRuntime } from '../../labs/runtime/sandbox/index.ts';
import { WebContainerRuntime } from '../../labs/runtime/webcontainer/index.ts';
import { CONTRACT_CASES } from './contract-cases.ts';
import { judgeLab, LAB_IDS } from './lab-suite.ts';
import { runContractCase, type ContractOutcome } from './run-contract-case.ts';
import { timedInvokes } from './timed-invokes.ts';

/** What the harness offers. */
export interface RuntimeHarness {
  caseIds(): string[];
  runCase(id: string): Promise<ContractOutcome>;
  labIds(): string[];
  runLab(id: string): Promise<string[]>;
  /** Ticks of a 10 ms interval on the page while the sandbox runs `while (true) {}` until exec_timeout. */
  mainThreadTicksDuringLoop(): Promise<{ ticks: number; status: number; elapsedMs: number }>;
  /** A handler stuck in one long native QuickJS call (no interrupt check): the worker must be terminated. */
  stuckInNativeCode(): Promise<{
    stuck: number;
    stuckLimit: string;
    next: number;
    afterRestart: number;
    afterRestartBody: string;
  }>;
  /** Starts the real WebContainer runtime here (no network): how it fails, and how long that took. */
  webContainerFallback(): Promise<{ reason: string; message: string; elapsedMs: number; isolated: boolean }>;
  /** Cold start (no spare worker), warm starts (a prewarmed worker), worker-side boot, invoke times. */
  bench(
    invokes: number,
  ): Promise<{ coldStartMs: number; warmStartMs: number[]; bootInWorkerMs: number[]; invokeMs: number[] }>;
}

/** Limits for the harness's own handlers: a 1 KB body, and reads and writes within `ioTimeoutMs`. */
function harnessLimits(execTimeoutMs: number, memoryMb: number, ioTimeoutMs: number) {
  return labLimits({
    execTimeoutMs,
    memoryMb,
    maxBodyBytes: 1024,
    readTimeoutMs: ioTimeoutMs,
    writeTimeoutMs: ioTimeoutMs,
  });
}

const harness: RuntimeHarness = {
  caseIds: () => CONTRACT_CASES.map((c) => c.id),
  runCase: (id) =>
    runContractCase(
      new SandboxRuntime(),
      CONTRACT_CASES.find((c) => c.id === id)!,
    ),
  labIds: () => [...LAB_IDS],
  runLab: (id) => judgeLab(() => new SandboxRuntime(), getLab(id)!),
  async mainThreadTicksDuringLoop() {
    const runtime = new SandboxRuntime();
    const limits = harnessLimits(1_000, 32, 5_000);
    await runtime.start({ 'handler.js': 'module.exports = async () => { while (true) {} }' }, { limits });
    let ticks = 0;
    const interval = setInterval(() => ticks++, 10);
    const began = performance.now();
    const response = await runtime.invoke({ method: 'GET', path: '/' });
    clearInterval(interval);
    await runtime.stop();
    return { ticks, status: response.status, elapsedMs: performance.now() - began };
  },
  async stuckInNativeCode() {
    const runtime = new SandboxRuntime({ terminateGraceMs: 500 });
    const limits = harnessLimits(500, 512, 5_000);
    // String.prototype.split of 32 M characters runs inside QuickJS's C code, where the interrupt
    // handler is never consulted: only terminating the Worker stops it.
    const handler =
      "module.exports = async (event) => event.path === '/stuck' ? 'ab'.repeat(1 << 24).split('').length : 'alive'";
    await runtime.start({ 'handler.js': handler }, { limits });
    const stuck = await runtime.invoke({ method: 'GET', path: '/stuck' });
    // The worker is gone, but a real Pod's process would still be busy: the next request times out too.
    const next = await runtime.invoke({ method: 'GET', path: '/' });
    await runtime.restart();
    const after = await runtime.invoke({ method: 'GET', path: '/' });
    await runtime.stop();
    return {
      stuck: stuck.status,
      stuckLimit: stuck.limit?.kind ?? '',
      next: next.status,
      afterRestart: after.status,
      afterRestartBody: after.body,
    };
  },
  async webContainerFallback() {
    const began = performance.now();
    const runtime = new WebContainerRuntime();
    const limits = harnessLimits(1_000, 32, 1_000);
    const error = await runtime.start({ 'handler.js': "module.exports = async () => 'x'" }, { limits }).then(
      () => null,
      (e: unknown) => e as { reason?: string; diagnostics?: { message: { en: string } }[] },
    );
    await runtime.stop();
    return {
      reason: error?.reason ?? 'started',
      message: error?.diagnostics?.[0]?.message.en ?? '',
      elapsedMs: performance.now() - began,
      isolated: Boolean((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated),
    };
  },
  async bench(invokes) {
    const limits = labLimits({ readTimeoutMs: 5_000, writeTimeoutMs: 5_000 });
    const hello = getLab('hello')!;
    let coldStartMs = 0;
    const warmStartMs: number[] = [];
    const bootInWorkerMs: number[] = [];
    const invokeMs: number[] = [];
    for (let round = 0; round < 6; round++) {
      // Round 0 is the page's first start: no spare worker exists yet. Later starts find the spare
      // that the previous start prewarmed; give it time to load, as a student's reading time would.
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, 1_500));
      const runtime = new SandboxRuntime();
      const began = performance.now();
      await runtime.start(hello.solution, { limits, env: hello.env });
      const elapsed = performance.now() - began;
      if (round === 0) coldStartMs = elapsed;
      else warmStartMs.push(elapsed);
      bootInWorkerMs.push(runtime.lastBootMs);
      if (round === 1) {
        invokeMs.push(...(await timedInvokes(runtime, invokes, (i) => `message ${i}`)));
      }
      await runtime.stop();
    }
    return { coldStartMs, warmStartMs, bootInWorkerMs, invokeMs };
  },
};

(window as unknown as { faaslabHarness: RuntimeHarness }).faaslabHarness = harness;
document.body.dataset.harness = 'ready';
