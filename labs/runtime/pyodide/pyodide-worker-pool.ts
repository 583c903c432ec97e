/**
 * The Pyodide workers a page keeps: how one is made, the booted ones waiting for the next Python lab,
 * and the one booting ahead of the first (PyodideRuntime.prewarm).
 */
import type { BootedWorker, Booting } from './pyodide-boot.ts';
import type { PyodidePort } from './pyodide-messages.ts';

/** Booted workers of labs that stopped, ready for the next Python lab on the page. */
export const pool: BootedWorker[] = [];

/** The page's boot started ahead of need, until a start adopts it (or it fails). */
export const ahead: { booting: Booting | null } = { booting: null };

/** A new Web Worker running pyodide-worker.ts (bundled by Vite). */
export function defaultPort(): PyodidePort {
  return new Worker(new URL('./pyodide-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as PyodidePort;
}
