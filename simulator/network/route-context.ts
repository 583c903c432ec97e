import type { BackendRequest, Hop, SimRequest, Trace } from '../api-types.ts';
import type { Bilingual } from '../../core/index.ts';
import { hopText } from './hop-texts.ts';
import type { EndpointTarget, RoutingTable } from './routing-table.ts';

/** What a routing run needs besides the table: the seed, a request counter and the ClientIP affinity table. */
export interface RouteContext {
  table: RoutingTable;
  seed: number;
  nowMs: number;
  /** Returns the next request number (each request's endpoint choice is a hash of seed and number). */
  nextRequest(): number;
  /** ClientIP session affinity: `service#port|clientIP` → [podKey, expiresAtMs]. */
  affinity: Map<string, [string, number]>;
}

/** A routed request that reached a Pod: the trace so far and the call to make. */
export interface PendingCall {
  trace: Trace;
  target: EndpointTarget;
  request: BackendRequest;
}

/** Shared empty header map, so requests without headers allocate nothing. */
export const EMPTY_HEADERS: Record<string, string> = {};

/** The client's wait when a request sets none (SimRequest.timeoutMs). */
export const DEFAULT_CLIENT_TIMEOUT_MS = 10_000;

/**
 * Ends a trace without an answer from a Pod: the status (an HTTP status a proxy answered with, or 0),
 * why, and the last hop. A status of 0 without another outcome is a refused connection.
 */
export function fail(trace: Trace, status: number, error: Bilingual, hop?: Hop): Trace {
  if (hop) trace.hops.push(hop);
  trace.status = status;
  trace.outcome = status > 0 ? 'answered' : 'refused';
  trace.error = error;
  return trace;
}

/**
 * Ends a trace whose connection a NetworkPolicy refused (kube-router's REJECT, network-policy.ts): as
 * {@link fail}, and marked so the packet view shows the ICMP answer.
 */
export function policyReject(trace: Trace, status: number, why: Bilingual): Trace {
  fail(trace, status, why);
  trace.rejectedBy = 'network-policy';
  return trace;
}

/**
 * Ends a trace whose packet was dropped (or reached no host): nothing answers, so the client gives up
 * after its timeout, and the error says so after the reason.
 */
export function drop(trace: Trace, timeoutMs: number, why: Bilingual): Trace {
  trace.status = 0;
  trace.outcome = 'timeout';
  trace.timeoutMs = timeoutMs;
  trace.error = hopText('client-timeout', { why, seconds: timeoutMs / 1000 });
  return trace;
}

/** How long the client of `request` waits for an answer. */
export function clientTimeout(request: SimRequest): number {
  return request.timeoutMs ?? DEFAULT_CLIENT_TIMEOUT_MS;
}

/** Ends a trace that never left the client: the name did not resolve, or the request could not start. */
export function abort(trace: Trace, outcome: 'unresolved' | 'error', error: Bilingual): Trace {
  trace.status = 0;
  trace.outcome = outcome;
  trace.error = error;
  return trace;
}
