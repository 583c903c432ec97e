/** A warmed-up QuickJS module serves a second engine (the student's) unharmed. */
import { describe, expect, it } from 'vitest';
import { loadQuickJS } from './quickjs-module.ts';
import { warmUp } from './quickjs-warm-up.ts';
import { SandboxEngine } from './sandbox-engine.ts';

describe('warmUp', () => {
  it('leaves the module usable by the next engine', async () => {
    const module = await warmUp(await loadQuickJS());
    const engine = await SandboxEngine.create({
      source: "module.exports = async (event) => 'after warm-up: ' + event.body",
      limits: {
        execTimeoutMs: 1_000,
        memoryMb: 16,
        maxBodyBytes: 1024,
        readTimeoutMs: 1_000,
        writeTimeoutMs: 1_000,
        maxInflight: 0,
      },
      env: {},
      preloaded: Promise.resolve(module),
      onLog: () => {},
      onLimit: () => {},
    });
    if (Array.isArray(engine)) throw new Error(engine[0]!.message.en);
    const response = await engine.invoke({
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(response).toMatchObject({ status: 200, body: 'after warm-up: hi' });
  });
});
