import type { ClusterSnapshot } from '../index.ts';
import { FUNCTION_NAMESPACE, type FunctionSpec } from './function-spec.ts';
import { FunctionState } from './function-state.ts';

/**
 * faas-netes' view of the functions: one per Deployment in openfaas-fn with a `faas_function` selector,
 * its ready replicas (Running and Ready Pods) and desired count read from the cluster. A function whose
 * Deployment is gone is forgotten, and the requests held for it expire.
 */
export function syncFunctions(
  snap: ClusterSnapshot,
  fns: Map<string, FunctionState>,
  specs: ReadonlyMap<string, FunctionSpec>,
  replicaConcurrency: number,
): void {
  const seen = new Set<string>();
  for (const d of snap.deployments) {
    const name = d.selector.faas_function;
    if (d.namespace !== FUNCTION_NAMESPACE || !name) continue;
    seen.add(name);
    const spec = specs.get(name) ?? {
      name,
      image: d.images[0] ?? '',
      labels: {},
      annotations: {},
      environment: {},
    };
    let fn = fns.get(name);
    if (!fn) fns.set(name, (fn = new FunctionState(spec, snap.timeMs)));
    else if (fn.spec !== spec) fn.update(spec);
    fn.desiredReplicas = d.replicas;
    const ready = snap.pods.filter(
      (p) =>
        p.namespace === FUNCTION_NAMESPACE &&
        p.labels.faas_function === name &&
        p.ready &&
        p.status === 'Running' &&
        p.ip !== null,
    );
    fn.setReadyPods(
      ready.map((p) => p.name),
      replicaConcurrency,
      new Map(ready.map((p) => [p.name, p.ip!])),
    );
  }
  for (const [name, fn] of fns) {
    if (seen.has(name)) continue;
    for (const held of fn.held.splice(0)) held.expire(snap.timeMs);
    fns.delete(name);
  }
}
