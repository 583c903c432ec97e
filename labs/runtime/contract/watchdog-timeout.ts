/** of-watchdog's bare 504 (no body, no Content-Type: Go's WriteHeader alone), as every runtime answers it. */
import type { FunctionResponse, LimitEvent } from './types.ts';

/** The 504 for a request begun at `began` (performance.now()), with the limit that cut it. */
export function watchdogTimeout(began: number, limit: LimitEvent): FunctionResponse {
  return {
    status: 504,
    headers: { 'x-openfaas-internal': 'of-watchdog' },
    body: '',
    durationMs: performance.now() - began,
    limit,
  };
}
