import type { ClusterSnapshot } from '../api-types.ts';
import type { ClusterState } from '../model/cluster-state.ts';
import type { SimulationInternals } from '../model/simulation-internals.ts';
import { stableUid, type TimeBase } from './object-meta.ts';

/** What the object builders read: the simulation's state at one moment and the wall-clock base. */
export interface ObjectContext extends TimeBase {
  snapshot: ClusterSnapshot;
  state: ClusterState;
  manifests: SimulationInternals['manifests'];
  /** When a Pod was first seen Terminating (simulation ms), kept by the caller between builds. */
  deletionMs(key: string): number;
}

/** The uid of a Deployment, ReplicaSet… found by kind and name (for ownerReferences and event references). */
export function uidOf(ctx: ObjectContext, kind: string, namespace: string | null, name: string): string {
  const s = ctx.snapshot;
  const created =
    kind === 'Deployment'
      ? s.deployments.find((d) => d.namespace === namespace && d.name === name)?.createdAtMs
      : kind === 'ReplicaSet'
        ? s.replicaSets.find((d) => d.namespace === namespace && d.name === name)?.createdAtMs
        : kind === 'Pod'
          ? s.pods.find((d) => d.namespace === namespace && d.name === name)?.createdAtMs
          : kind === 'Service'
            ? s.services.find((d) => d.namespace === namespace && d.name === name)?.createdAtMs
            : kind === 'Ingress'
              ? s.ingresses.find((d) => d.namespace === namespace && d.name === name)?.createdAtMs
              : 0;
  return stableUid(kind, namespace, name, created ?? 0);
}
