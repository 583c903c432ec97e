/**
 * Tells which limit produced an answer of the function server (server.mjs), for the runtimes that
 * reach it over HTTP (Node, WebContainer). of-watchdog marks its own answers with
 * `X-OpenFaaS-Internal: of-watchdog` (executor/http_runner.go).
 */
import { goDuration } from './limits-env.ts';
import { limitEvent } from './limit-messages.ts';
import type { LimitEvent, Limits } from './types.ts';

/** The limit behind this answer, if any. `recentLog` is the function's output since the request began. */
export function classifyResponse(
  status: number,
  headers: Record<string, string>,
  limits: Limits,
  recentLog = '',
): LimitEvent | undefined {
  const internal = headers['x-openfaas-internal'] === 'of-watchdog';
  if (status === 504 && internal) return limitEvent('exec-timeout', goDuration(limits.execTimeoutMs));
  if (status === 413) return limitEvent('body-too-large', `${limits.maxBodyBytes} B`);
  if (status === 429 && internal) return limitEvent('inflight', String(limits.maxInflight));
  if (status === 500 && internal) {
    return /out of memory|heap limit/i.test(recentLog)
      ? limitEvent('memory', `${limits.memoryMb} MB`)
      : limitEvent('crash', 'exit');
  }
  return undefined;
}
