/**
 * The QuickJS sandbox engine against the hostile handlers (issue 19, findings 4 and 8): faults are
 * labelled as Node labels them, and a flood of output is bounded before it reaches the page.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../../../test/labs/hostile-handlers.ts';
import { CONTRACT_LIMITS } from '../../../test/labs/contract-case.ts';
import type { LimitEvent } from '../contract/types.ts';
import { SandboxEngine } from './sandbox-engine.ts';

async function engineFor(source: string, execTimeoutMs = CONTRACT_LIMITS.execTimeoutMs) {
  const logs: string[] = [];
  const limits: LimitEvent[] = [];
  const engine = await SandboxEngine.create({
    source,
    limits: { ...CONTRACT_LIMITS, execTimeoutMs },
    env: {},
    onLog: (_stream, text) => logs.push(text),
    onLimit: (limit) => limits.push(limit),
  });
  if (Array.isArray(engine)) throw new Error(engine[0]!.message.en);
  return { engine, logs, limits };
}

describe('sandbox engine with hostile handlers', () => {
  it.each(HOSTILE_CASES.filter((c) => c.only === undefined).map((c) => [c.id, c] as const))(
    '%s',
    async (_id, hostile) => {
      const { engine, logs, limits } = await engineFor(hostile.handler, hostile.execTimeoutMs);
      const response = await engine.invoke({ method: 'GET', path: '/' });
      expect(hostile.statuses).toContain(response.status);
      if (hostile.bodyIncludes) expect(response.body).toContain(hostile.bodyIncludes);
      if (hostile.limit === 'none') expect(response.limit).toBeUndefined();
      else if (hostile.limit) expect(response.limit?.kind).toBe(hostile.limit);
      // Whatever it did, the output that reaches the page is bounded.
      const total = logs.reduce((sum, line) => sum + line.length, 0);
      expect(total).toBeLessThan(2 * 1024 * 1024);
      void limits;
      // And the engine still serves the next request the same way.
      const again = await engine.invoke({ method: 'GET', path: '/_/health' });
      expect(again.status).toBe(200);
      engine.dispose();
    },
  );

  it('labels a heap filled slowly as memory, not exec-timeout, as Node would', async () => {
    const { engine } = await engineFor(
      "module.exports = async () => { const a = []; for (;;) a.push('x'.repeat(1024) + a.length) }",
    );
    const response = await engine.invoke({ method: 'GET', path: '/' });
    expect(response.status).toBe(500);
    expect(response.limit?.kind).toBe('memory');
    engine.dispose();
  });

  it('stops a handler’s timers once no request is in flight', async () => {
    const { engine, logs } = await engineFor(
      "let n = 0; module.exports = async (e, c) => { setInterval(() => console.log('tick ' + n++), 1); return c.succeed('ok') }",
    );
    await engine.invoke({ method: 'GET', path: '/' });
    const after = logs.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(logs.length).toBe(after);
    engine.dispose();
  });
});
