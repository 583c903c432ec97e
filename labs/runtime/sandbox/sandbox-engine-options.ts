/** What the sandbox engine is given, and what it keeps for each request in flight. */
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import type { FunctionResponse, LimitEvent, Limits } from '../contract/types.ts';

/** What the engine needs. */
export interface SandboxEngineOptions {
  source: string;
  limits: Limits;
  env: Record<string, string>;
  wasmLocation?: string;
  /** A QuickJS module already loaded (the worker preloads one so a start does not wait for it). */
  preloaded?: Promise<QuickJSWASMModule>;
  onLog(stream: 'stdout' | 'stderr' | 'system', text: string): void;
  onLimit(limit: LimitEvent): void;
}

/** A request handed to the handler and not answered yet. */
export interface PendingRequest {
  resolve(response: FunctionResponse): void;
  started: number;
  deadline: number;
  timer: ReturnType<typeof setTimeout>;
}
