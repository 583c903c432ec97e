/**
 * The hostile-handler table against the Node runtime (server.mjs in a child process): every fault
 * answered, labelled as in the sandbox, and the runtime still serves afterwards (issue 19).
 */
import { describe, expect, it } from 'vitest';
import { NodeRuntime } from '../../labs/runtime/node/index.ts';
import { CONTRACT_LIMITS } from './contract-case.ts';
import { HOSTILE_CASES } from './hostile-handlers.ts';

describe('node runtime with hostile handlers', () => {
  it.each(HOSTILE_CASES.map((c) => [c.id, c] as const))('%s', async (_id, hostile) => {
    await using runtime = new NodeRuntime();
    await runtime.start(
      { 'handler.js': hostile.handler },
      {
        limits: { ...CONTRACT_LIMITS, execTimeoutMs: hostile.execTimeoutMs ?? CONTRACT_LIMITS.execTimeoutMs },
        env: {},
      },
    );
    const response = await runtime.invoke({ method: 'GET', path: '/' });
    expect(hostile.statuses).toContain(response.status);
    if (hostile.bodyIncludes) expect(response.body).toContain(hostile.bodyIncludes);
    if (hostile.limit === 'none') expect(response.limit).toBeUndefined();
    else if (hostile.limit) expect(response.limit?.kind).toBe(hostile.limit);
    // Still serving: a replaced handler thread is ready again within a few seconds.
    let health = 0;
    for (let tries = 0; tries < 60 && health !== 200; tries++) {
      health = (await runtime.invoke({ method: 'GET', path: '/_/health' })).status;
      if (health !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(health).toBe(200);
  });
});
