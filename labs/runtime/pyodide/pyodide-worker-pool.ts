/**
 * The Pyodide workers a page keeps, and how a start gets one: a booted worker waiting in the pool (a
 * lab stopped, or a prewarm finished), else the boot under way ahead of need (the start adopts it and
 * follows its progress), else a boot of its own. At most one boot runs ahead of need at a time.
 */
import serverSource from '../python/server.py?raw';
import { runtimeDiagnostic } from '../contract/diagnostics.ts';
import { RuntimeStartError, type StartOptions } from '../contract/types.ts';
import { PYODIDE_PATH } from './pyodide-assets.ts';
import { bootProgress, bootWorker, type BootedWorker, type Booting } from './pyodide-boot.ts';
import type { PyodidePort } from './pyodide-messages.ts';

/** How long downloading and compiling Pyodide may take, by default. */
const BOOT_TIMEOUT_MS = 120_000;

/** Booted workers no lab is using: labs that stopped, prewarms that finished. */
const pool: BootedWorker[] = [];
/** The boot started ahead of need (prewarm) while it runs; `adopted` once a start took it over. */
let ahead: Booting | null = null;

/** A new Web Worker running pyodide-worker.ts (bundled by Vite). */
function defaultPort(): PyodidePort {
  return new Worker(new URL('./pyodide-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as PyodidePort;
}

function bootAhead(): Booting {
  const booting = bootWorker({
    port: defaultPort(),
    indexURL: PYODIDE_PATH,
    timeoutMs: BOOT_TIMEOUT_MS,
    serverSource,
  });
  ahead = booting;
  booting.booted.then(
    (worker) => {
      if (ahead === booting) ahead = null;
      if (!booting.adopted) pool.push(worker);
    },
    () => {
      if (ahead === booting) ahead = null;
    },
  );
  return booting;
}

/**
 * Makes sure a booted worker waits in the pool, booting one when none is pooled or booting. Resolves
 * true once one is there; false if a boot failed (the lab's start meets the failure again and reports
 * it) or the asker no longer `wants` one (its own start took the boot over). A boot another start
 * adopted on the way serves that start: this one then boots the next, one at a time.
 */
export async function prewarmPyodide(wants: () => boolean = () => true): Promise<boolean> {
  for (;;) {
    if (pool.length > 0) return true;
    if (!wants()) return false;
    const booting = ahead ?? bootAhead();
    if (
      !(await booting.booted.then(
        () => true,
        () => false,
      ))
    )
      return false;
  }
}

/** Where a start gets its worker from, and how long it may take to boot. */
export interface WorkerSource {
  /** Makes the worker; tests' in-process ports never enter the page's pool. */
  createPort?: () => PyodidePort;
  indexURL?: string;
  bootTimeoutMs?: number;
  /** Take from and return to the page-wide pool (default true). */
  pool?: boolean;
}

/** The start was aborted (the student stopped it) while Python was booting. */
function abortedError(): RuntimeStartError {
  return new RuntimeStartError('aborted', [runtimeDiagnostic('runtime-aborted', { file: 'handler.py' })]);
}

/**
 * A booted worker for a start, with its boot's time in the worker and download time (both 0 for a
 * pooled worker). The start's
 * progress follows the boot; an aborted start leaves the boot running and its worker to the pool.
 */
export async function takeWorker(
  source: WorkerSource,
  options: Pick<StartOptions, 'onProgress' | 'signal'>,
): Promise<{ worker: BootedWorker; bootMs: number; downloadMs: number }> {
  const shared = source.pool !== false && !source.createPort;
  const pooled = shared ? pool.pop() : undefined;
  if (pooled) return { worker: pooled, bootMs: 0, downloadMs: 0 };
  let booting: Booting;
  if (shared && ahead && !ahead.adopted) {
    booting = ahead;
    booting.adopted = true;
  } else
    booting = bootWorker({
      port: source.createPort ? source.createPort() : defaultPort(),
      indexURL: source.indexURL ?? PYODIDE_PATH,
      timeoutMs: source.bootTimeoutMs ?? BOOT_TIMEOUT_MS,
      serverSource,
    });
  options.onProgress?.({ phase: 'boot', message: { es: 'Arrancando Python…', en: 'Starting Python…' } });
  const onProgress = bootProgress(options.onProgress);
  booting.worker.listeners.add(onProgress);
  const signal = options.signal;
  try {
    const worker = await new Promise<BootedWorker>((resolve, reject) => {
      if (signal?.aborted) reject(abortedError());
      signal?.addEventListener('abort', () => reject(abortedError()), { once: true });
      booting.booted.then(resolve, reject);
    });
    return { worker, bootMs: worker.bootMs, downloadMs: booting.downloadMs };
  } catch (error) {
    if (signal?.aborted)
      booting.booted.then(
        (worker) => (shared ? pool.push(worker) : worker.port.terminate()),
        () => {},
      );
    throw error;
  } finally {
    booting.worker.listeners.delete(onProgress);
  }
}

/** A stopped lab's worker: back to the pool, or terminated when it is a test's or pooling is off. */
export function returnWorker(worker: BootedWorker, source: WorkerSource): void {
  if (!source.createPort && source.pool !== false) pool.push(worker);
  else worker.port.terminate();
}
