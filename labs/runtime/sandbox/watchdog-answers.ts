/**
 * The answers the sandbox's watchdog gives on its own (as of-watchdog does in front of the template),
 * and the request as Node's HTTP server would hand it to the template. Pure functions.
 */
import type { FunctionRequest, FunctionResponse, LimitEvent } from '../contract/types.ts';

const encoder = new TextEncoder();

/** An answer with its duration since `started` (performance.now()), and of-watchdog's X-Duration-Seconds. */
export function timedAnswer(
  started: number,
  status: number,
  headers: Record<string, string>,
  body: string,
): FunctionResponse {
  const durationMs = performance.now() - started;
  return {
    status,
    headers: { ...headers, 'x-duration-seconds': (durationMs / 1000).toFixed(6) },
    body,
    durationMs,
  };
}

/** of-watchdog's own answer (500, 504, 429) with the limit that caused it. */
export function watchdogAnswer(
  started: number,
  status: number,
  limit: LimitEvent,
  body = '',
): FunctionResponse {
  return {
    ...timedAnswer(
      started,
      status,
      // Go writes no Content-Type for a bare WriteHeader (of-watchdog's own 500/504).
      body
        ? { 'x-openfaas-internal': 'of-watchdog', 'content-type': 'text/plain; charset=utf-8' }
        : { 'x-openfaas-internal': 'of-watchdog' },
      body,
    ),
    limit,
  };
}

/** of-watchdog answers both probes itself: GET only (405), /_/ready with a bare status, /_/health with "OK". */
export function probeAnswer(started: number, method: string, path: string, busy: boolean): FunctionResponse {
  if (method !== 'GET') return timedAnswer(started, 405, {}, '');
  if (path === '/_/ready') return timedAnswer(started, busy ? 429 : 200, {}, '');
  return timedAnswer(started, 200, { 'content-type': 'text/plain; charset=utf-8' }, 'OK');
}

/** The request as the contract's handle() takes it, with the headers Node's HTTP server would show. */
export function wireRequest(request: FunctionRequest): {
  method: string;
  url: string;
  headers: Record<string, string>;
  hasBody: boolean;
  text: string;
  byteLength: number;
} {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  const text = request.body ?? '';
  const byteLength = encoder.encode(text).length;
  headers.host ??= '127.0.0.1:8080';
  if (request.body !== undefined) headers['content-length'] = String(byteLength);
  return {
    method: request.method,
    url: request.path ?? '/',
    headers,
    hasBody: request.body !== undefined,
    text,
    byteLength,
  };
}
