import type { DeploymentState, ReplicaSetState } from '../model/cluster-state.ts';
import { objectKey } from '../model/cluster-state.ts';
import { templateHash } from '../model/names.ts';
import type { Engine } from './engine.ts';
import type { PodStore } from './pod-store.ts';

/** Resolves maxSurge/maxUnavailable ("25%" or a number) against replicas (ResolveFenceposts). */
export function resolveFenceposts(
  replicas: number,
  maxSurge: number | string,
  maxUnavailable: number | string,
): { surge: number; unavailable: number } {
  const resolve = (v: number | string, roundUp: boolean): number => {
    if (typeof v === 'number') return v;
    const pct = Number(v.replace('%', '')) / 100;
    return roundUp ? Math.ceil(pct * replicas) : Math.floor(pct * replicas);
  };
  const surge = resolve(maxSurge, true);
  let unavailable = resolve(maxUnavailable, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return { surge, unavailable };
}

/** Counts of one ReplicaSet's Pods. */
function counts(pods: PodStore, rs: ReplicaSetState): { live: number; available: number } {
  let live = 0;
  let available = 0;
  for (const pod of pods.owned('ReplicaSet', rs.namespace, rs.name)) {
    if (pod.deleting) continue;
    live++;
    if (pod.ready) available++;
  }
  return { live, available };
}

/** The ReplicaSets a Deployment owns, oldest first. */
export function ownedReplicaSets(engine: Engine, d: DeploymentState): ReplicaSetState[] {
  return [...engine.state.replicaSets.values()]
    .filter((rs) => rs.namespace === d.namespace && rs.owner === d.name)
    .sort((a, b) => a.createdAtMs - b.createdAtMs || a.uid - b.uid);
}

/**
 * Deployment → ReplicaSets: a ReplicaSet per template (named `<deployment>-<pod-template-hash>`, with a
 * revision), and the rolling update of pkg/controller/deployment/rolling.go: scale the new ReplicaSet up
 * within maxSurge, then old ones down keeping maxUnavailable; Recreate empties old ones first.
 */
export function reconcileDeployments(engine: Engine, pods: PodStore): void {
  for (const d of engine.state.deployments.values()) {
    const hash = templateHash(d.template);
    const owned = ownedReplicaSets(engine, d);
    const maxRevision = owned.reduce((m, rs) => Math.max(m, rs.revision), 0);
    let newRS = owned.find((rs) => rs.templateHash === hash);
    const old = owned.filter((rs) => rs !== newRS);
    const oldPods = old.reduce((n, rs) => n + pods.owned('ReplicaSet', rs.namespace, rs.name).size, 0);
    if (!newRS) {
      newRS = {
        namespace: d.namespace,
        name: `${d.name}-${hash}`,
        uid: engine.state.nextUid++,
        owner: d.name,
        replicas: 0,
        selector: { ...d.selector, 'pod-template-hash': hash },
        template: {
          metadata: {
            labels: { ...d.template.metadata.labels, 'pod-template-hash': hash },
            annotations: { ...d.template.metadata.annotations },
          },
          spec: d.template.spec,
        },
        templateHash: hash,
        revision: maxRevision + 1,
        manifest: null,
        createdAtMs: engine.nowMs,
      };
      engine.state.replicaSets.set(objectKey(d.namespace, newRS.name), newRS);
      engine.touch();
    } else if (newRS.revision < maxRevision && old.some((rs) => rs.replicas > 0)) {
      // A rollback re-uses the old ReplicaSet and gives it the next revision.
      newRS.revision = maxRevision + 1;
      engine.touch();
    }
    if (d.strategy.type === 'Recreate') {
      for (const rs of old) scaleTo(engine, rs, 0);
      if (oldPods === 0) scaleTo(engine, newRS, d.replicas);
    } else if (old.every((rs) => rs.replicas === 0)) {
      scaleTo(engine, newRS, d.replicas);
    } else {
      rollingStep(engine, pods, d, newRS, old);
    }
    cleanupHistory(engine, pods, d, old);
  }
}

function scaleTo(engine: Engine, rs: ReplicaSetState, replicas: number): void {
  if (rs.replicas === replicas) return;
  const key = replicas > rs.replicas ? 'scaled-up' : 'scaled-down';
  const from = rs.replicas;
  rs.replicas = replicas;
  engine.touch();
  engine.record(key, `Deployment/${rs.namespace}/${rs.owner ?? rs.name}`, {
    rs: rs.name,
    from,
    to: replicas,
  });
}

function rollingStep(
  engine: Engine,
  pods: PodStore,
  d: DeploymentState,
  newRS: ReplicaSetState,
  old: ReplicaSetState[],
): void {
  const { surge, unavailable } = resolveFenceposts(
    d.replicas,
    d.strategy.maxSurge,
    d.strategy.maxUnavailable,
  );
  const all = [newRS, ...old];
  const current = all.reduce((n, rs) => n + rs.replicas, 0);
  const scaleUp = Math.min(d.replicas + surge - current, d.replicas - newRS.replicas);
  if (scaleUp > 0) scaleTo(engine, newRS, newRS.replicas + scaleUp);
  else if (newRS.replicas > d.replicas) scaleTo(engine, newRS, d.replicas);
  const minAvailable = d.replicas - unavailable;
  const newCounts = counts(pods, newRS);
  let maxScaledDown =
    all.reduce((n, rs) => n + rs.replicas, 0) - minAvailable - (newRS.replicas - newCounts.available);
  // Unhealthy old replicas go first (cleanupUnhealthyReplicas).
  for (const rs of old) {
    if (maxScaledDown <= 0) break;
    const c = counts(pods, rs);
    const unhealthy = rs.replicas - c.available;
    if (unhealthy <= 0) continue;
    const n = Math.min(maxScaledDown, unhealthy, rs.replicas);
    scaleTo(engine, rs, rs.replicas - n);
    maxScaledDown -= n;
  }
  const available = all.reduce((n, rs) => n + Math.min(rs.replicas, counts(pods, rs).available), 0);
  let toScaleDown = available - minAvailable;
  for (const rs of old) {
    if (toScaleDown <= 0) break;
    const n = Math.min(rs.replicas, toScaleDown);
    if (n > 0) scaleTo(engine, rs, rs.replicas - n);
    toScaleDown -= n;
  }
}

function cleanupHistory(engine: Engine, pods: PodStore, d: DeploymentState, old: ReplicaSetState[]): void {
  const idle = old.filter(
    (rs) => rs.replicas === 0 && pods.owned('ReplicaSet', rs.namespace, rs.name).size === 0,
  );
  const surplus = idle.length - d.revisionHistoryLimit;
  for (const rs of idle.slice(0, Math.max(0, surplus))) {
    engine.state.replicaSets.delete(objectKey(rs.namespace, rs.name));
    engine.touch();
  }
}
