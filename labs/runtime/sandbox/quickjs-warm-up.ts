/**
 * Runs a throwaway handler once in a freshly loaded QuickJS module. Chromium compiles WebAssembly
 * functions lazily, so the first parse/eval in a module pays for compiling QuickJS's parser and
 * interpreter; doing it while the worker waits keeps that cost out of the student's start.
 */
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { SandboxEngine } from './sandbox-engine.ts';

const WARM_UP_LIMITS = {
  execTimeoutMs: 1_000,
  memoryMb: 16,
  maxBodyBytes: 1024,
  readTimeoutMs: 1_000,
  writeTimeoutMs: 1_000,
  maxInflight: 0,
};

/** An engine for a small handler `source` on an already loaded module: tight limits, logs dropped. */
export function smallEngine(
  module: QuickJSWASMModule,
  source: string,
): ReturnType<typeof SandboxEngine.create> {
  return SandboxEngine.create({
    source,
    limits: WARM_UP_LIMITS,
    env: {},
    preloaded: Promise.resolve(module),
    onLog: () => {},
    onLimit: () => {},
  });
}

/** Resolves to the same module once a sample handler has loaded and answered one JSON request. */
export async function warmUp(module: QuickJSWASMModule): Promise<QuickJSWASMModule> {
  const engine = await smallEngine(
    module,
    'module.exports = async (event, context) => context.status(200).succeed({ ok: event.body })',
  );
  // The warm-up engine is left to the garbage collector rather than disposed: freeing a QuickJS
  // runtime that still holds objects aborts the module.
  if (!Array.isArray(engine)) {
    await engine.invoke({
      method: 'POST',
      path: '/?q=1',
      headers: { 'content-type': 'application/json' },
      body: '{"a":[1,2]}',
    });
    engine.dispose();
  }
  return module;
}
