import { desiredReplicas } from './desired-replicas.ts';
import { EDITIONS, type OpenFaaSEdition } from './editions.ts';
import type { FunctionState } from './function-state.ts';

/**
 * How often the simulated autoscaler measures and acts (lesson simplification: the Pro autoscaler polls
 * Prometheus on an interval; its windows and stabilisation are not modelled).
 */
export const AUTOSCALER_INTERVAL_MS = 5_000;

/** The load of one window in the unit of the function's scale type. */
export function measuredLoad(fn: FunctionState, windowMs: number): number {
  const w = fn.loadWindow;
  switch (fn.scaling.type) {
    case 'rps':
      return w.requests / (windowMs / 1000);
    case 'capacity':
      return w.inflightSamples ? w.inflightSum / w.inflightSamples : 0;
    case 'cpu':
      // One request running uses one core in this model: busy ms per window → millicores.
      return ((fn.busyMs() - w.busyMsAtStart) / windowMs) * 1000;
  }
}

/**
 * The replicas the edition's controllers want for a function at the end of a window, or null to leave it.
 * Pro: ⌈load / (target × proportion)⌉ within [min, max], and 0 after zero-duration idle when scale.zero
 * is true. Community: nothing here (its legacy AlertManager rule lives in legacy-alert-scaling.ts).
 */
export function autoscalerDecision(
  fn: FunctionState,
  edition: OpenFaaSEdition,
  nowMs: number,
  windowMs: number,
): number | null {
  const features = EDITIONS[edition];
  if (!features.autoscaler) return null;
  const load = measuredLoad(fn, windowMs);
  const idle = nowMs - fn.lastInvokedMs >= fn.scaling.zeroDurationMs && fn.inflight(nowMs) === 0;
  if (features.scaleToZero && fn.scaling.zero && idle) return 0;
  if (fn.desiredReplicas === 0 && load === 0) return null;
  return desiredReplicas(load, fn.scaling);
}
