import type { ScalingConfig } from './scaling-labels.ts';

/**
 * The OpenFaaS Pro autoscaler's rule, as the lesson teaches it: replicas = ⌈total load / (target × proportion)⌉,
 * kept within [min, max] (docs.openfaas.com/architecture/autoscaling/). The real autoscaler also averages
 * over time windows; the simulator measures one window per sync (a simplification the lesson states).
 * With no load at all the result is `min`: going to zero is the separate scale-to-zero rule.
 */
export function desiredReplicas(
  totalLoad: number,
  config: Pick<ScalingConfig, 'min' | 'max' | 'target' | 'targetProportion'>,
): number {
  const floor = Math.max(1, config.min);
  if (!(totalLoad > 0)) return Math.min(floor, config.max);
  // Round before ceil so 180 / (50 × 0.9) is exactly 4, not 4.000000000000001.
  const raw = Math.ceil(Number((totalLoad / (config.target * config.targetProportion)).toFixed(9)));
  return Math.min(config.max, Math.max(floor, raw));
}
