/** The Python contract suite against the command-line Python runtime (server.py under python3). */
import { describe, expect, it } from 'vitest';
import { findPython, PythonRuntime } from '../../labs/runtime/python/index.ts';
import { PYTHON_CONTRACT_CASES } from './python-contract-cases.ts';
import { runContractCase } from './run-contract-case.ts';

describe.skipIf(!findPython())('FunctionRuntime contract: Python (python3)', () => {
  it.concurrent.each(PYTHON_CONTRACT_CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
    const outcome = await runContractCase(new PythonRuntime(), testCase);
    expect(outcome.failures).toEqual([]);
  });
});
