/**
 * The contract suite against the Sandbox runtime's engine in Node (the host runs in-process instead
 * of in a Worker); test/e2e/runtime-sandbox.e2e.ts runs the same cases with a real Worker in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { SandboxRuntime } from '../../labs/runtime/sandbox/index.ts';
import { createInProcessPort } from '../../labs/runtime/sandbox/in-process-port.ts';
import { CONTRACT_CASES } from './contract-cases.ts';
import { runContractCase } from './run-contract-case.ts';

describe('FunctionRuntime contract: Sandbox (in-process port)', () => {
  it.each(CONTRACT_CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
    const outcome = await runContractCase(new SandboxRuntime({ createPort: createInProcessPort }), testCase);
    expect(outcome.failures).toEqual([]);
  });
});
