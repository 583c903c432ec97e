/** The messages between the page and the Pyodide worker. */
import type { RuntimeDiagnostic as Diagnostic } from '../contract/diagnostics.ts';

/** Page → worker. */
export type ToPyodide =
  | {
      type: 'boot';
      indexURL: string;
      interrupt?: SharedArrayBuffer;
      /** server.py: its contract half is compiled right after boot, so a start only loads handler.py. */
      serverSource?: string;
    }
  | { type: 'start'; source: string; serverSource: string; env: Record<string, string> }
  | {
      type: 'invoke';
      id: number;
      method: string;
      url: string;
      headers: [string, string][];
      body: Uint8Array;
    };

/** Worker → page. */
export type FromPyodide =
  | { type: 'progress'; phase: 'download' | 'compile'; loaded: number; total: number }
  | { type: 'booted'; bootMs: number; heapBytes: number }
  | { type: 'started'; diagnostics: Diagnostic[]; startMs: number }
  | { type: 'log'; stream: 'stdout' | 'stderr'; text: string; time: number }
  | {
      type: 'result';
      id: number;
      status: number;
      headers: [string, string][];
      body: string;
      /** The handler was stopped by the interrupt buffer (exec_timeout). */
      interrupted?: boolean;
      /** Bytes of WebAssembly memory after the call. */
      heapBytes: number;
    }
  | { type: 'fatal'; message: string };

/** What the page needs of a worker (a Worker, or an in-process stand-in in tests). */
export interface PyodidePort {
  postMessage(message: ToPyodide): void;
  addEventListener(type: 'message', listener: (event: { data: FromPyodide }) => void): void;
  addEventListener(type: 'error', listener: (event: unknown) => void): void;
  terminate(): void;
}
