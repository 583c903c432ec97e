/**
 * Loads the QuickJS WebAssembly module (quickjs-emscripten-core with the release-sync variant: one
 * .wasm file). In the browser the caller passes the .wasm URL of the site's own origin.
 */
import { newQuickJSWASMModuleFromVariant, newVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';

/** A fresh module (own WebAssembly memory). `wasmLocation` overrides where the .wasm is fetched from. */
export function loadQuickJS(wasmLocation?: string): Promise<QuickJSWASMModule> {
  const variant = wasmLocation ? newVariant(releaseSync, { wasmLocation }) : releaseSync;
  return newQuickJSWASMModuleFromVariant(variant);
}
