import type { Trace } from '../index.ts';
import type { Bilingual } from '../../core/index.ts';

/** How one request to the gateway ended. Every request sent ends with exactly one of these. */
export interface InvocationResult {
  id: number;
  method: string;
  path: string;
  /** The function named by the route, or null (system routes, unknown paths). */
  functionName: string | null;
  async: boolean;
  status: number;
  headers: Record<string, string>;
  body: string;
  sentMs: number;
  endMs: number;
  latencyMs: number;
  /** The gateway held the request while the function went from 0 ready replicas to 1. */
  coldStart: boolean;
  /** `namespace/name` of the function Pod that ran it, or null. */
  pod: string | null;
  /** Gateway → provider → function Service → Pod, with the wait for a cold start; null for untraced load. */
  trace: Trace | null;
  note: Bilingual | null;
}

/** What the queue-worker POSTs to an X-Callback-Url after running an async invocation. */
export interface CallbackDelivery {
  url: string;
  atMs: number;
  callId: string;
  functionName: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}
