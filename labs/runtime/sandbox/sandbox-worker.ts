/// <reference lib="webworker" />
/**
 * The Web Worker entry of the sandbox (bundled by Vite with `new Worker(new URL(…), { type: 'module' })`).
 * The .wasm comes from the site's own origin through Vite's `?url` import (CSP: script-src 'self'
 * 'wasm-unsafe-eval').
 */
import wasmUrl from '@jitl/quickjs-wasmfile-release-sync/wasm?url';
import { createSandboxHost } from './sandbox-host.ts';
import type { FromSandbox, ToSandbox } from './sandbox-messages.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createSandboxHost((message: FromSandbox) => scope.postMessage(message));
scope.onmessage = (event: MessageEvent<ToSandbox>) => {
  const message = event.data;
  handle(message.type === 'start' ? { ...message, wasmLocation: message.wasmLocation ?? new URL(wasmUrl, scope.location.href).href } : message);
};
