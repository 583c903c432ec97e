/** A warmed-up QuickJS module serves a second engine (the student's) unharmed. */
import { describe, expect, it } from 'vitest';
import { loadQuickJS } from './quickjs-module.ts';
import { smallEngine, warmUp } from './quickjs-warm-up.ts';

describe('warmUp', () => {
  it('leaves the module usable by the next engine', async () => {
    const module = await warmUp(await loadQuickJS());
    const engine = await smallEngine(
      module,
      "module.exports = async (event) => 'after warm-up: ' + event.body",
    );
    if (Array.isArray(engine)) throw new Error(engine[0]!.message.en);
    const response = await engine.invoke({
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(response).toMatchObject({ status: 200, body: 'after warm-up: hi' });
  });
});
