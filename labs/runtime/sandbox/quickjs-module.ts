/**
 * Loads the QuickJS WebAssembly module (quickjs-emscripten-core with the release-sync variant: one
 * .wasm file). In the browser the caller passes the .wasm URL of the site's own origin.
 */
import {
  newQuickJSWASMModuleFromVariant,
  newVariant,
  type QuickJSContext,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';

/** A fresh module (own WebAssembly memory). `wasmLocation` overrides where the .wasm is fetched from. */
export function loadQuickJS(wasmLocation?: string): Promise<QuickJSWASMModule> {
  const variant = wasmLocation ? newVariant(releaseSync, { wasmLocation }) : releaseSync;
  return newQuickJSWASMModuleFromVariant(variant);
}

/** Bytes a QuickJS runtime holds now (0 when it cannot say). */
export function memoryUsedBytes(runtime: QuickJSRuntime, vm: QuickJSContext): number {
  try {
    const handle = runtime.computeMemoryUsage();
    const context = runtime.context ?? vm;
    const usage = context.dump(handle) as { memory_used_size?: number };
    handle.dispose();
    return Number(usage.memory_used_size ?? 0);
  } catch {
    return 0;
  }
}
