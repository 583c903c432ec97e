import type { SimRequest, Trace } from '../index.ts';
import { CORE_NAMESPACE, FUNCTION_NAMESPACE } from './function-spec.ts';
import { statusDetail } from './gateway-hops.ts';
import { parseGatewayRoute } from './gateway-route.ts';
import type { InvocationResult } from './invocation.ts';
import type { Bilingual } from '../../core/index.ts';

/** A request on its way through the gateway; `id` -1 is the queue-worker's own call (no result). */
export interface PendingRequest {
  id: number;
  request: SimRequest;
  sentMs: number;
  trace: Trace | null;
}

/** How a request was answered: by the gateway itself, or by a function Pod (`pod`). */
export interface RequestAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  pod: string | null;
}

/** Called when the queue-worker's own call ends (it has no listener result). */
export type QueueDone = (
  status: number,
  headers: Record<string, string>,
  body: string,
  endMs: number,
) => void;

/**
 * The body a function replica's answer carries: the handler's on 200, of-watchdog's text on 429
 * (max_inflight reached), empty on its 504 timeout, and `no replica` when the Pod was gone.
 */
export function replicaBody(status: number, handlerBody: string, maxInflight: number): string {
  if (status === 200) return handlerBody;
  if (status === 429)
    return 'Concurrent request limit exceeded. Max concurrent requests: ' + maxInflight + '\n';
  return status === 504 ? '' : 'no replica';
}

/** The gateway's answer when no replica became ready before its upstream timeout. */
export function upstreamTimeout(name: string): RequestAnswer {
  return {
    status: 504,
    headers: {},
    body: `Can't reach service for: ${name}.${FUNCTION_NAMESPACE}.`,
    pod: null,
  };
}

/** Writes the answer into the gateway's trace; an answer other than 200 ends it with a hop that says why. */
export function answerTrace(trace: Trace, answer: RequestAnswer): void {
  trace.status = answer.status;
  trace.pod = answer.pod;
  trace.response = { status: answer.status, headers: answer.headers, body: answer.body };
  if (answer.status !== 200)
    trace.hops.push({
      kind: 'backend',
      name: answer.pod ?? `${CORE_NAMESPACE}/gateway`,
      detail: statusDetail(answer.status),
      status: answer.status,
    });
}

/** The result every listener gets when a request ends. */
export function invocationResult(
  pending: PendingRequest,
  answer: RequestAnswer,
  endMs: number,
  trace: Trace | null,
  note: Bilingual | null,
  coldStart: boolean,
): InvocationResult {
  const route = parseGatewayRoute(pending.request.path);
  return {
    id: pending.id,
    method: pending.request.method,
    path: pending.request.path,
    functionName: 'name' in route ? route.name : null,
    async: route.kind === 'async-function',
    status: answer.status,
    headers: answer.headers,
    body: answer.body,
    sentMs: pending.sentMs,
    endMs,
    latencyMs: endMs - pending.sentMs,
    coldStart,
    pod: answer.pod,
    trace,
    note,
  };
}
