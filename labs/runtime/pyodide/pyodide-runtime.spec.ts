/**
 * The Python contract suite and the Python labs against the Pyodide runtime, in Node: the worker's
 * host runs in-process with the npm package's own loader. The cases that need a second thread (a
 * handler that never returns, parallel requests) run in Chromium (test/e2e/python-labs.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { labInLanguage, listLabs } from '../../index.ts';
import { PYTHON_CONTRACT_CASES } from '../../../test/labs/python-contract-cases.ts';
import { runContractCase } from '../../../test/labs/run-contract-case.ts';
import { judgeLab } from '../../../test/labs/lab-suite.ts';
import { createPyodideHost } from './pyodide-host.ts';
import type { FromPyodide, PyodidePort, ToPyodide } from './pyodide-messages.ts';
import { PyodideRuntime } from './pyodide-runtime.ts';

// One interpreter for the whole file (booting takes seconds); each start gets a fresh namespace.
let shared: ReturnType<typeof import('pyodide').loadPyodide> | null = null;
let output: { stdout: (line: string) => void; stderr: (line: string) => void } = {
  stdout: () => {},
  stderr: () => {},
};

function inProcessPort(): PyodidePort {
  const listeners: ((event: { data: FromPyodide }) => void)[] = [];
  const post = (data: FromPyodide): void => void setTimeout(() => listeners.forEach((l) => l({ data })));
  const host = createPyodideHost(post, async ({ stdout, stderr }) => {
    output = { stdout, stderr };
    shared ??= import('pyodide').then(({ loadPyodide }) =>
      loadPyodide({ stdout: (l) => output.stdout(l), stderr: (l) => output.stderr(l) }),
    );
    return shared;
  });
  return {
    postMessage: (message: ToPyodide) => void setTimeout(() => host(message)),
    addEventListener: (type: string, listener: (event: { data: FromPyodide }) => void) =>
      void (type === 'message' && listeners.push(listener)),
    terminate: () => {},
  } as PyodidePort;
}

const NEEDS_A_THREAD = new Set([
  'exec-timeout-504-then-served',
  'max-inflight-429',
  'memory-blow-up-stopped',
]);

describe('FunctionRuntime contract: Python (Pyodide, in-process)', () => {
  for (const testCase of PYTHON_CONTRACT_CASES.filter((c) => !NEEDS_A_THREAD.has(c.id)))
    it(
      testCase.id,
      async () => {
        const outcome = await runContractCase(new PyodideRuntime({ createPort: inProcessPort }), testCase);
        expect(outcome.failures).toEqual([]);
      },
      120_000,
    );

  for (const lab of listLabs().flatMap((l) => labInLanguage(l, 'python') ?? []))
    it(`lab ${lab.id}`, async () => {
      expect(await judgeLab(() => new PyodideRuntime({ createPort: inProcessPort }), lab)).toEqual([]);
    }, 120_000);
});
