/** The contract suite against the Node runtime (server.mjs in a child process). */
import { describe, expect, it } from 'vitest';
import { NodeRuntime } from '../../labs/runtime/node/index.ts';
import { CONTRACT_CASES } from './contract-cases.ts';
import { runContractCase } from './run-contract-case.ts';

describe('FunctionRuntime contract: Node', () => {
  it.concurrent.each(CONTRACT_CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
    const outcome = await runContractCase(new NodeRuntime(), testCase);
    expect(outcome.failures).toEqual([]);
  });
});
