/**
 * What a contract case is (the one suite's shape, for Node and Python alike), the suite's limits, and the
 * steps every runtime's cases share. Browser-safe data only.
 */
import type { CheckExpectation } from '../../labs/index.ts';
import type { FunctionRequest, LimitKind, Limits } from '../../labs/runtime/contract/types.ts';

/** What one request of a case must get back. */
export interface ContractExpectation extends CheckExpectation {
  /** The limit the runtime must report on the response. */
  limit?: LimitKind;
  /** Text some log line must contain after this step. */
  logIncludes?: string;
}

/** One step: a request, or several sent at once (their statuses compared as a sorted list). */
export type ContractStep =
  | { request: FunctionRequest; expect: ContractExpectation }
  | { parallel: FunctionRequest[]; statuses: number[] }
  | { restart: true };

/** A case: a handler, its settings, and the steps to run against it (or the start error it must cause). */
export interface ContractCase {
  id: string;
  handler: string;
  /** The file the handler goes in (default `handler.js`; the Python suite uses `handler.py`). */
  file?: string;
  env?: Record<string, string>;
  limits?: Partial<Limits>;
  steps: ContractStep[];
  /** The start must fail with a diagnostic at this line (steps are then ignored). */
  startError?: { code: string; line: number };
}

/** The suite's base limits: short timeouts so the suite stays fast. */
export const CONTRACT_LIMITS: Limits = {
  execTimeoutMs: 1_500,
  memoryMb: 64,
  maxBodyBytes: 100 * 1024,
  readTimeoutMs: 5_000,
  writeTimeoutMs: 5_000,
  maxInflight: 0,
};

/** A case whose handler logs `text` while answering `ok`: the line must reach the runtime's log. */
export function logCase(id: string, handler: string, text: string): ContractCase {
  return {
    id,
    handler,
    steps: [
      {
        request: { method: 'GET', path: '/' },
        expect: { status: 200, body: 'ok', logIncludes: text },
      },
    ],
  };
}

/** A handler with a syntax error on line 3: the start must fail there. */
export function syntaxErrorCase(handler: string): ContractCase {
  return {
    id: 'syntax-error-positioned',
    handler,
    steps: [],
    startError: { code: 'handler-syntax', line: 3 },
  };
}

/** An answer of of-watchdog itself, not of the handler: its status, the limit reported, its header. */
export function watchdogAnswer(status: number, limit: LimitKind): ContractExpectation {
  return { status, limit, headers: { 'x-openfaas-internal': 'of-watchdog' } };
}

/** A request to `path` that exec_timeout cuts (of-watchdog's 504), then `GET /` answered `alive`. */
export function timedOutThenAlive(path: string): ContractStep[] {
  return [
    { request: { method: 'GET', path }, expect: watchdogAnswer(504, 'exec-timeout') },
    { request: { method: 'GET', path: '/' }, expect: { status: 200, body: 'alive' } },
  ];
}

/** max_inflight 1 and two requests at once: one is served, the other gets of-watchdog's 429. */
export function maxInflightCase(handler: string): ContractCase {
  return {
    id: 'max-inflight-429',
    handler,
    limits: { maxInflight: 1 },
    steps: [
      {
        parallel: [
          { method: 'GET', path: '/a' },
          { method: 'GET', path: '/b' },
        ],
        statuses: [200, 429],
      },
    ],
  };
}

/** `GET /grow` passes the memory limit (500, limit `memory`); the next `GET /` is answered `fine`. */
export function memoryBlowUpCase(handler: string, limits: Partial<Limits>): ContractCase {
  return {
    id: 'memory-blow-up-stopped',
    handler,
    limits,
    steps: [
      { request: { method: 'GET', path: '/grow' }, expect: { status: 500, limit: 'memory' } },
      { request: { method: 'GET', path: '/' }, expect: { status: 200, body: 'fine' } },
    ],
  };
}
