/** Every lab in the Sandbox runtime (in-process port): solutions pass, starters fail at least one check. */
import { describe, expect, it } from 'vitest';
import { getLab } from '../../labs/index.ts';
import { SandboxRuntime } from '../../labs/runtime/sandbox/index.ts';
import { createInProcessPort } from '../../labs/runtime/sandbox/in-process-port.ts';
import { judgeLab, LAB_IDS } from './lab-suite.ts';

describe('labs in the Sandbox runtime', () => {
  it.concurrent.each(LAB_IDS)('%s', async (id) => {
    expect(
      await judgeLab(() => new SandboxRuntime({ createPort: createInProcessPort }), getLab(id)!),
    ).toEqual([]);
  });
});
