/**
 * The worker side of the sandbox: receives start/invoke messages, drives a {@link SandboxEngine}
 * and posts results, logs and limits back. Independent of the Worker global so it can be tested.
 */
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { SandboxEngine } from './sandbox-engine.ts';
import type { FromSandbox, ToSandbox } from './sandbox-messages.ts';

/**
 * Returns the message handler; `post` sends a message to the page. `preloaded` is a QuickJS module
 * the worker started loading as soon as it was created, used by the first start.
 */
export function createSandboxHost(
  post: (message: FromSandbox) => void,
  preloaded?: Promise<QuickJSWASMModule>,
): (message: ToSandbox) => void {
  let engine: SandboxEngine | null = null;
  let spare = preloaded;
  return (message) => {
    if (message.type === 'start') {
      const began = performance.now();
      const module = spare;
      spare = undefined;
      SandboxEngine.create({
        source: message.source,
        limits: message.limits,
        env: message.env,
        wasmLocation: message.wasmLocation,
        preloaded: module,
        onLog: (stream, text) => post({ type: 'log', stream, text, time: Date.now() }),
        onLimit: (limit) => post({ type: 'limit', limit, time: Date.now() }),
      }).then(
        (created) => {
          if (Array.isArray(created))
            post({ type: 'started', diagnostics: created, bootMs: performance.now() - began });
          else {
            engine = created;
            post({ type: 'started', diagnostics: [], bootMs: performance.now() - began });
          }
        },
        (error: unknown) => post({ type: 'fatal', message: String(error) }),
      );
    } else if (message.type === 'invoke') {
      if (!engine) return post({ type: 'fatal', message: 'invoke before start' });
      void engine
        .invoke(message.request)
        .then((response) => post({ type: 'result', id: message.id, response }));
    }
  };
}
