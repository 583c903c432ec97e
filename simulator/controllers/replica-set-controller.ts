import type { PodState, ReplicaSetState } from '../model/cluster-state.ts';
import { objectKey } from '../model/cluster-state.ts';
import { nameSuffix } from '../model/names.ts';
import type { Engine } from './engine.ts';
import type { Kubelet } from './kubelet.ts';
import { newPodState, podSpecModel } from './pod-factory.ts';
import type { PodStore } from './pod-store.ts';

/**
 * Keeps each ReplicaSet's live Pods equal to its replicas: creates Pods from the template with a random
 * suffix, and deletes surplus ones, unscheduled first, then not ready, then the newest
 * (pkg/controller/replicaset getPodsToDelete ranking, simplified).
 */
export function reconcileReplicaSets(engine: Engine, pods: PodStore, kubelet: Kubelet): void {
  for (const rs of engine.state.replicaSets.values()) {
    // Counted by the store: this runs for every ReplicaSet in every reconcile round (15 × 10,000 Pods in
    // bench/simulator-envelope); the list is built only to choose Pods to delete.
    const diff = rs.replicas - pods.liveOwned('ReplicaSet', rs.namespace, rs.name);
    if (diff > 0) {
      // One reference string for the ReplicaSet's events, not one per Pod.
      const ref = `ReplicaSet/${rs.namespace}/${rs.name}`;
      for (let i = 0; i < diff; i++) {
        const pod = newPod(engine, pods, rs);
        engine.record('replica-created', ref, { pod: pod.name });
      }
    } else if (diff < 0) {
      const owned = pods.owned('ReplicaSet', rs.namespace, rs.name);
      const live = [...owned].filter((p) => !p.deleting).sort(deletionOrder);
      for (const pod of live.slice(0, -diff)) {
        kubelet.terminate(pod);
        engine.record('replica-deleted', `ReplicaSet/${rs.namespace}/${rs.name}`, { pod: pod.name });
      }
    }
  }
}

function rank(pod: PodState): number {
  if (pod.nodeName === null) return 0;
  if (pod.state !== 'Running') return 1;
  if (!pod.ready) return 2;
  return 3;
}

function deletionOrder(a: PodState, b: PodState): number {
  return rank(a) - rank(b) || b.createdAtMs - a.createdAtMs || b.uid - a.uid;
}

/** One spec model per template, shared by its Pods (read-only): a 150,000-replica Deployment parses it once. */
const models = new WeakMap<ReplicaSetState['template'], PodState['spec']>();
function templateModel(rs: ReplicaSetState): PodState['spec'] {
  let model = models.get(rs.template);
  if (!model)
    models.set(rs.template, (model = podSpecModel(rs.template.spec, rs.template.metadata.annotations)));
  return model;
}

/** One frozen owner reference per ReplicaSet, shared by its Pods (read-only; 150,000 Pods in the envelope). */
const owners = new WeakMap<ReplicaSetState, PodState['owner']>();
function ownerOf(rs: ReplicaSetState): PodState['owner'] {
  let owner = owners.get(rs);
  if (owner?.name !== rs.name) owners.set(rs, (owner = Object.freeze({ kind: 'ReplicaSet', name: rs.name })));
  return owner;
}

/**
 * One frozen copy of a template's labels, shared by its Pods (a Pod's labels are replaced, never edited:
 * a labelled Pod is stored anew; an edit would throw). A copy per Pod was 150,000 objects in the envelope.
 */
const podLabels = new WeakMap<Record<string, string>, Readonly<Record<string, string>>>();
function labelsOf(rs: ReplicaSetState): PodState['labels'] {
  const written = rs.template.metadata.labels;
  let labels = podLabels.get(written);
  if (!labels) podLabels.set(written, (labels = Object.freeze({ ...written })));
  return labels as PodState['labels'];
}

/** Creates one of the ReplicaSet's Pods, under a name no Pod has, and stores it. */
function newPod(engine: Engine, pods: PodStore, rs: ReplicaSetState): PodState {
  let name = `${rs.name}-${nameSuffix(engine.prng)}`;
  let key = objectKey(rs.namespace, name);
  while (engine.state.pods.has(key)) {
    name = `${rs.name}-${nameSuffix(engine.prng)}`;
    key = objectKey(rs.namespace, name);
  }
  const labels = labelsOf(rs);
  const pod = newPodState(
    {
      uid: engine.state.nextUid++,
      namespace: rs.namespace,
      name,
      labels,
      spec: templateModel(rs),
      owner: ownerOf(rs),
      manifest: null,
      templateHash: rs.templateHash,
    },
    engine.nowMs,
  );
  pods.add(pod, key);
  return pod;
}
