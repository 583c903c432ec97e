/**
 * Browser side of the Python harness page (/dev/python-harness/, src/pages/dev/[harness].astro): the
 * Python contract suite against the Pyodide runtime (every case, timeouts and parallel requests included)
 * and the Pyodide benchmark, on `window.faaslabPythonHarness` for playwright.
 */
import { PyodideRuntime } from '../../labs/runtime/pyodide/index.ts';
import { labLimits } from '../../labs/lab-limits.ts';
import { PYTHON_CONTRACT_CASES } from './python-contract-cases.ts';
import { runContractCase, type ContractOutcome } from './run-contract-case.ts';
import { timedInvokes } from './timed-invokes.ts';

/** What the harness offers. */
export interface PythonHarness {
  caseIds(): string[];
  runCase(id: string): Promise<ContractOutcome>;
  /** Cold boot (with and without the download), warm starts from the pool, invoke times. */
  bench(invokes: number): Promise<{
    coldStartMs: number;
    coldBootMs: number;
    coldDownloadMs: number;
    secondWorkerBootMs: number;
    warmStartMs: number[];
    invokeMs: number[];
  }>;
}

const LIMITS = labLimits();
const ECHO = 'def handle(event, context):\n    return {"statusCode": 200, "body": event.body.decode()}\n';

const harness: PythonHarness = {
  caseIds: () => PYTHON_CONTRACT_CASES.map((c) => c.id),
  runCase: (id) =>
    runContractCase(
      new PyodideRuntime({ terminateGraceMs: 1_000 }),
      PYTHON_CONTRACT_CASES.find((c) => c.id === id)!,
    ),
  async bench(invokes) {
    const files = { 'handler.py': ECHO };
    const began = performance.now();
    const cold = new PyodideRuntime();
    await cold.start(files, { limits: LIMITS });
    const coldStartMs = performance.now() - began;
    const { lastBootMs: coldBootMs, lastDownloadMs: coldDownloadMs } = cold;
    const invokeMs = await timedInvokes(cold, invokes, (i) => `n${i}`);
    await cold.stop();
    const warmStartMs: number[] = [];
    for (let i = 0; i < 10; i++) {
      const warm = new PyodideRuntime();
      const t = performance.now();
      await warm.start(files, { limits: LIMITS });
      warmStartMs.push(performance.now() - t);
      await warm.stop();
    }
    // A second worker (not from the pool): the assets again from this server, compiled again.
    const second = new PyodideRuntime({ pool: false });
    await second.start(files, { limits: LIMITS });
    const secondWorkerBootMs = second.lastBootMs;
    await second.stop();
    return { coldStartMs, coldBootMs, coldDownloadMs, secondWorkerBootMs, warmStartMs, invokeMs };
  },
};

(window as unknown as { faaslabPythonHarness: PythonHarness }).faaslabPythonHarness = harness;
document.body.dataset.harness = 'ready';
