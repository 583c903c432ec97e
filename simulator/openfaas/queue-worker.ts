import type { SimRequest } from '../index.ts';
import type { QueuedCall } from './async-queue.ts';
import { CORE_NAMESPACE } from './function-spec.ts';
import type { CallbackDelivery } from './invocation.ts';

/** What the queue-worker sends through the gateway for a call it took from NATS. */
export function queuedCallRequest(call: QueuedCall): SimRequest {
  return {
    method: call.method,
    scheme: 'http',
    host: `gateway.${CORE_NAMESPACE}`,
    port: 8080,
    path: `/function/${call.functionName}`,
    headers: call.headers,
    body: call.body,
  };
}

/**
 * What the queue-worker POSTs to the call's X-Callback-Url once the function answered (the answer's
 * headers plus X-Call-Id, X-Function-Status and X-Function-Name), at `atMs`.
 */
export function callbackDelivery(
  call: QueuedCall,
  url: string,
  answer: { status: number; headers: Record<string, string>; body: string },
  atMs: number,
): CallbackDelivery {
  return {
    url,
    atMs,
    callId: call.callId,
    functionName: call.functionName,
    status: answer.status,
    body: answer.body,
    headers: {
      ...answer.headers,
      'X-Call-Id': call.callId,
      'X-Function-Status': String(answer.status),
      'X-Function-Name': call.functionName,
    },
  };
}
