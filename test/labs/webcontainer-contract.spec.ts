/** The contract suite and the labs against the WebContainer runtime through the fake API. */
import { beforeEach, describe, expect, it } from 'vitest';
import { getLab } from '../../labs/index.ts';
import { resetWebContainerBoot, WebContainerRuntime } from '../../labs/runtime/webcontainer/index.ts';
import { CONTRACT_CASES } from './contract-cases.ts';
import { createFakeWebContainerApi, ONLINE } from './fake-webcontainer.ts';
import { judgeLab, LAB_IDS } from './lab-suite.ts';
import { runContractCase } from './run-contract-case.ts';

// Each runtime gets its own fake API, hence its own container (as a page would have one).
function makeRuntime(): WebContainerRuntime {
  const { api } = createFakeWebContainerApi();
  return new WebContainerRuntime({ loadApi: () => Promise.resolve(api), environment: ONLINE });
}

describe('FunctionRuntime contract: WebContainer (fake API)', () => {
  beforeEach(() => resetWebContainerBoot());

  // Sequential: the memory case starves a loaded 2-core machine and upsets concurrent neighbours.
  it.each(CONTRACT_CASES.map((c) => [c.id, c] as const))('%s', async (_id, testCase) => {
    const outcome = await runContractCase(makeRuntime(), testCase);
    expect(outcome.failures).toEqual([]);
  });

  it.each(LAB_IDS)('lab %s: solution passes, starter fails', async (id) => {
    expect(await judgeLab(makeRuntime, getLab(id)!)).toEqual([]);
  });
});
