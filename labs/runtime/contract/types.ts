/**
 * The one contract every function runtime (Node, Sandbox, WebContainer) implements. It follows the
 * OpenFaaS Node template behind of-watchdog in http mode (see /work/shared/specs/openfaas.md).
 * Browser-safe: no node: imports here.
 */
import { formatPlace, type Bilingual, type Diagnostic } from '../../../core/index.ts';

export type { Bilingual };

/** Which implementation runs the handler. */
export type RuntimeKind = 'node' | 'sandbox' | 'webcontainer' | 'python' | 'pyodide';

/** The files of a function: at least `handler.js`; `package.json` when it has one. */
export type FunctionFiles = Record<string, string>;

/** The limits a lab sets, mapped to of-watchdog / Node template settings by `limitsToEnv`. */
export interface Limits {
  /** of-watchdog `exec_timeout`: the request is answered 504 past it. */
  execTimeoutMs: number;
  /** Heap limit of the handler (Node `--max-old-space-size`, QuickJS runtime memory limit). */
  memoryMb: number;
  /** Largest request body (`MAX_RAW_SIZE` / `MAX_JSON_SIZE`); larger gets 413. */
  maxBodyBytes: number;
  /** of-watchdog `read_timeout`. */
  readTimeoutMs: number;
  /** of-watchdog `write_timeout`. */
  writeTimeoutMs: number;
  /** of-watchdog `max_inflight`; 0 means unlimited. Requests beyond it get 429. */
  maxInflight: number;
}

/** A request to the function, as the gateway would forward it. */
export interface FunctionRequest {
  /** HTTP method, e.g. `POST`. */
  method: string;
  /** Path with its query string, e.g. `/?name=ana`. Defaults to `/`. */
  path?: string;
  /** Request headers; names are matched case-insensitively. */
  headers?: Record<string, string>;
  /** Request body as text (UTF-8 on the wire). */
  body?: string;
}

/** Why a runtime cut a request or the handler short. */
export type LimitKind =
  'exec-timeout' | 'memory' | 'body-too-large' | 'inflight' | 'crash' | 'read-timeout' | 'write-timeout';

/** A limit that was hit, with a message for the student. */
export interface LimitEvent {
  kind: LimitKind;
  message: Bilingual;
}

/** The answer of the function. */
export interface FunctionResponse {
  status: number;
  /** Response headers with lower-case names. */
  headers: Record<string, string>;
  /** Body decoded as UTF-8 text. */
  body: string;
  /** Wall time from sending the request to the full answer, in ms. */
  durationMs: number;
  /** Set when the answer comes from a limit (504 exec timeout, 413, 429, memory…). */
  limit?: LimitEvent;
}

/** One entry of a runtime's log feed. */
export type LogEntry =
  | { type: 'line'; time: number; stream: 'stdout' | 'stderr' | 'system'; text: string }
  | { type: 'limit'; time: number; limit: LimitEvent };

/** A stream of log entries; subscribe returns the way to unsubscribe. */
export interface LogFeed {
  /** Calls `listener` for every new entry (and, with `replay`, for the entries kept so far). */
  subscribe(listener: (entry: LogEntry) => void, options?: { replay?: boolean }): () => void;
  /** The entries kept so far (bounded). */
  history(): readonly LogEntry[];
}

/** Where a starting runtime is, for a progress bar. */
export interface StartProgress {
  phase: 'preflight' | 'boot' | 'mount' | 'install' | 'start' | 'ready';
  message: Bilingual;
  /** 0..1 when known. */
  fraction?: number;
}

/** Options for `FunctionRuntime.start`. */
export interface StartOptions {
  limits: Limits;
  /** Extra environment for the function, e.g. `{ RAW_BODY: 'true' }`. */
  env?: Record<string, string>;
  /** Aborts the start; the promise rejects with a `RuntimeStartError`. */
  signal?: AbortSignal;
  onProgress?: (progress: StartProgress) => void;
}

/** What a runtime says about itself, for the UI. */
export interface RuntimeDescription {
  kind: RuntimeKind;
  label: Bilingual;
  state: 'idle' | 'starting' | 'running' | 'stopped' | 'failed';
  /** Extra facts, e.g. the URL of a served function. */
  detail?: Bilingual;
}

/**
 * A place where a handler runs. `start` rejects with a {@link RuntimeStartError} carrying positioned
 * diagnostics (a syntax error in handler.js has its line and column); `invoke` never rejects for
 * anything the handler does — limits come back as responses with `limit` set.
 */
export interface FunctionRuntime {
  readonly kind: RuntimeKind;
  readonly logs: LogFeed;
  describe(): RuntimeDescription;
  start(files: FunctionFiles, options: StartOptions): Promise<void>;
  invoke(request: FunctionRequest, signal?: AbortSignal): Promise<FunctionResponse>;
  stop(): Promise<void>;
}

/** Start failure: diagnostics for the student, and why in one word so the caller can fall back. */
export class RuntimeStartError extends Error {
  /** `handler` = the student's code is wrong; `unavailable` = this runtime cannot run here. */
  readonly reason: 'handler' | 'unavailable' | 'aborted' | 'timeout';
  readonly diagnostics: Diagnostic[];
  constructor(reason: RuntimeStartError['reason'], diagnostics: Diagnostic[], options?: { cause?: unknown }) {
    super(diagnostics.map((d) => `${formatPlace(d.place)} ${d.message.en}`).join('\n') || reason, options);
    this.name = 'RuntimeStartError';
    this.reason = reason;
    this.diagnostics = diagnostics;
  }
}
