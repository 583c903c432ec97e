/** The Pyodide workers a page keeps: how one is made, and the booted ones waiting for the next Python lab. */
import type { FromPyodide, PyodidePort } from './pyodide-messages.ts';

/** A worker with Pyodide booted in it, and its interrupt buffer. */
export interface BootedWorker {
  port: PyodidePort;
  interrupt: Int32Array | null;
  listeners: Set<(message: FromPyodide) => void>;
  /** WebAssembly memory right after boot, the base the memory limit is counted from. */
  baseHeap: number;
}

/** Booted workers of labs that stopped, ready for the next Python lab on the page. */
export const pool: BootedWorker[] = [];

/** A new Web Worker running pyodide-worker.ts (bundled by Vite). */
export function defaultPort(): PyodidePort {
  return new Worker(new URL('./pyodide-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as PyodidePort;
}
