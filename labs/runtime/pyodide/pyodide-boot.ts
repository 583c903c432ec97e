/**
 * Booting one Pyodide worker: the worker downloads and compiles CPython, then compiles server.py's
 * contract half, so a lab's start only has to load handler.py. A boot runs on its own, whoever asked
 * for it: a lab that stops waiting (aborted Run) does not cancel it, and a prewarm boot started as a
 * Python lab neared the viewport is adopted by the lab's first start, which then follows its progress.
 */
import { localizedDiagnostic, runtimeDiagnostic } from '../contract/diagnostics.ts';
import { RuntimeStartError, type StartOptions } from '../contract/types.ts';
import type { FromPyodide, PyodidePort, ToPyodide } from './pyodide-messages.ts';

/** A worker with Pyodide booted in it, and its interrupt buffer. */
export interface BootedWorker {
  port: PyodidePort;
  interrupt: Int32Array | null;
  listeners: Set<(message: FromPyodide) => void>;
  /** WebAssembly memory right after boot, the base the memory limit is counted from. */
  baseHeap: number;
  /** Milliseconds the boot took in the worker. */
  bootMs: number;
}

/** How to boot: the worker to use, where the assets are, how long it may take. */
export interface BootSettings {
  port: PyodidePort;
  indexURL: string;
  timeoutMs: number;
  /** server.py, compiled into the worker right after Pyodide loads. */
  serverSource: string;
}

/** A boot under way: the worker (whose listeners see its progress), and the boot's outcome. */
export interface Booting {
  worker: BootedWorker;
  /** Milliseconds from the boot's start until every asset byte had arrived (0 until then). */
  downloadMs: number;
  /** A start took this boot over: its worker serves that start, not the pool. */
  adopted: boolean;
  booted: Promise<BootedWorker>;
}

/** Starts booting Pyodide in `settings.port`; a boot that fails or times out terminates its worker. */
export function bootWorker(settings: BootSettings): Booting {
  const { port, timeoutMs } = settings;
  // Without cross-origin isolation there is no SharedArrayBuffer: exec_timeout then terminates.
  const shared =
    typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated !== false
      ? new SharedArrayBuffer(4)
      : undefined;
  const worker: BootedWorker = {
    port,
    interrupt: shared ? new Int32Array(shared) : null,
    listeners: new Set(),
    baseHeap: 0,
    bootMs: 0,
  };
  port.addEventListener('message', (event) => worker.listeners.forEach((listener) => listener(event.data)));
  const began = performance.now();
  // `booting` is read only in the callbacks below, which run after it is made.
  const booted = new Promise<BootedWorker>((resolve, reject) => {
    const fail = (reason: 'unavailable' | 'timeout', detail: string): void => {
      clearTimeout(timer);
      worker.listeners.clear();
      port.terminate();
      const diagnostic =
        reason === 'timeout'
          ? runtimeDiagnostic(
              'runtime-timeout',
              { file: 'handler.py' },
              { seconds: timeoutMs / 1000, detail },
            )
          : localizedDiagnostic('runtime-unavailable', 'handler.py', { es: detail, en: detail });
      reject(new RuntimeStartError(reason, [diagnostic]));
    };
    const timer = setTimeout(() => fail('timeout', 'Pyodide'), timeoutMs);
    port.addEventListener('error', (event) => fail('unavailable', `Pyodide worker: ${String(event)}`));
    const onBoot = (message: FromPyodide): void => {
      if (message.type === 'progress' && message.loaded >= message.total && booting.downloadMs === 0)
        booting.downloadMs = performance.now() - began;
      if (message.type === 'fatal') return fail('unavailable', message.message);
      if (message.type !== 'booted') return;
      clearTimeout(timer);
      worker.listeners.delete(onBoot);
      worker.bootMs = message.bootMs;
      worker.baseHeap = message.heapBytes;
      resolve(worker);
    };
    worker.listeners.add(onBoot);
    const boot: ToPyodide = {
      type: 'boot',
      indexURL: settings.indexURL,
      serverSource: settings.serverSource,
      ...(shared ? { interrupt: shared } : {}),
    };
    port.postMessage(boot);
  });
  const booting: Booting = { worker, downloadMs: 0, adopted: false, booted };
  return booting;
}

/** A listener that turns a boot's download and compile messages into a start's progress. */
export function bootProgress(onProgress: StartOptions['onProgress']): (message: FromPyodide) => void {
  const mb = (n: number): string => (n / 1048576).toFixed(1);
  return (message) => {
    if (message.type !== 'progress') return;
    onProgress?.({
      phase: 'boot',
      message:
        message.phase === 'download'
          ? {
              es: `Descargando Python (Pyodide): ${mb(message.loaded)} de ${mb(message.total)} MB`,
              en: `Downloading Python (Pyodide): ${mb(message.loaded)} of ${mb(message.total)} MB`,
            }
          : { es: 'Compilando Python (WebAssembly)…', en: 'Compiling Python (WebAssembly)…' },
      ...(message.total > 0 ? { fraction: Math.min(1, message.loaded / message.total) } : {}),
    });
  };
}
