import type { BackendRequest, Bilingual, Hop, Trace } from '../api-types.ts';
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

/** Ends a trace without an answer from a Pod: the status (0 when no HTTP answer), why, and the last hop. */
export function fail(trace: Trace, status: number, error: Bilingual, hop?: Hop): Trace {
  if (hop) trace.hops.push(hop);
  trace.status = status;
  trace.error = error;
  return trace;
}
