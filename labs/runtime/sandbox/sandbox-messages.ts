/** The messages between the Sandbox runtime (page) and its Web Worker. */
import type { FunctionRequest, FunctionResponse, LimitEvent, Limits } from '../contract/types.ts';
import type { Diagnostic } from '../../../core/index.ts';

/** Page → worker. */
export type ToSandbox =
  | { type: 'start'; source: string; limits: Limits; env: Record<string, string>; wasmLocation?: string }
  | { type: 'invoke'; id: number; request: FunctionRequest };

/** Worker → page. */
export type FromSandbox =
  | { type: 'started'; diagnostics: Diagnostic[]; bootMs: number }
  | { type: 'result'; id: number; response: FunctionResponse; bodyBytes?: Uint8Array }
  | { type: 'log'; stream: 'stdout' | 'stderr' | 'system'; text: string; time: number }
  | { type: 'limit'; limit: LimitEvent; time: number }
  | { type: 'fatal'; message: string };

/** The part of a Worker the runtime uses, so tests can run the host in-process. */
export interface SandboxPort {
  postMessage(message: ToSandbox): void;
  onmessage: ((event: { data: FromSandbox }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}
