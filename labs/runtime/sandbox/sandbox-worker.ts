/// <reference lib="webworker" />
/**
 * The Web Worker entry of the sandbox (bundled by Vite with `new Worker(new URL(…), { type: 'module' })`).
 * The .wasm comes from the site's own origin through Vite's `?url` import (CSP: script-src 'self'
 * 'wasm-unsafe-eval').
 */
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';
import { loadQuickJS } from './quickjs-module.ts';
import { warmUp } from './quickjs-warm-up.ts';
import { createSandboxHost } from './sandbox-host.ts';
import type { FromSandbox, ToSandbox } from './sandbox-messages.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const wasmLocation = new URL(wasmUrl, scope.location.href).href;
// Start fetching and compiling QuickJS now: a prewarmed worker is ready before the student presses Run.
// When a start is already waiting (a page's very first Run), the warm-up would only delay it.
let startWaiting = false;
const preloaded = loadQuickJS(wasmLocation).then((module) => (startWaiting ? module : warmUp(module)));
preloaded.catch(() => {});
// A large body travels as UTF-8 bytes in a transferred buffer: the page then neither copies nor
// allocates a 20 MB string (a long main-thread task) until something reads response.body.
const LARGE_BODY_CHARS = 256 * 1024;
const post = (message: FromSandbox): void => {
  if (message.type === 'result' && message.response.body.length > LARGE_BODY_CHARS) {
    const bodyBytes = new TextEncoder().encode(message.response.body);
    scope.postMessage({ ...message, response: { ...message.response, body: '' }, bodyBytes }, [
      bodyBytes.buffer,
    ]);
  } else scope.postMessage(message);
};
const handle = createSandboxHost(post, preloaded);
scope.onmessage = (event: MessageEvent<ToSandbox>) => {
  const message = event.data;
  if (message.type === 'start') startWaiting = true;
  handle(
    message.type === 'start' ? { ...message, wasmLocation: message.wasmLocation ?? wasmLocation } : message,
  );
};
