import type { ClusterSnapshot, PodView } from '../api-types.ts';
import type { ClusterState, NodeState } from '../model/cluster-state.ts';
import type { SimulationInternals } from '../model/simulation-internals.ts';
import { stableUid, type Json, type TimeBase } from './object-meta.ts';

/** What the object builders read: the simulation's state at one moment and the wall-clock base. */
export interface ObjectContext extends TimeBase {
  snapshot: ClusterSnapshot;
  state: ClusterState;
  manifests: SimulationInternals['manifests'];
  /** When a Pod was first seen Terminating (simulation ms), kept by the caller between builds. */
  deletionMs(key: string): number;
  /**
   * Whether the object stored under `key` (`resource/namespace/name`) was built from inputs with this same
   * digest (`inputs`, see inputs-digest.ts) by the last build: its builder then returns {@link keptObject}
   * instead of building it again. Absent: every object is built.
   */
  unchanged?(key: string, inputs: string): boolean;
}

/** Marks the place of an object whose stored entry stands (see {@link ObjectContext.unchanged}). */
export const KEPT: unique symbol = Symbol('kept object');

/** A stand-in for the object stored under `key`, which did not change since the last build. */
export function keptObject(key: string): Json {
  return { [KEPT]: key } as unknown as Json;
}

/** The key of a {@link keptObject}, or undefined for a built object. */
export function keptKey(object: Json): string | undefined {
  return (object as { [KEPT]?: string })[KEPT];
}

type Listed = { namespace: string | null; name: string; createdAtMs: number };

/** Creation times by kind and `namespace/name`, built once per snapshot: a lookup per reference was a scan,
 * and 10,000 endpoints' Pod references made `kubectl get` take seconds (simulator/scenarios/k3s-envelope). */
const createdIndex = new WeakMap<ClusterSnapshot, Map<string, Map<string, number>>>();

function createdAt(s: ClusterSnapshot, kind: string, namespace: string | null, name: string): number {
  const lists: Record<string, readonly Listed[]> = {
    Deployment: s.deployments,
    ReplicaSet: s.replicaSets,
    Pod: s.pods,
    Service: s.services,
    Ingress: s.ingresses,
  };
  const list = lists[kind];
  if (!list) return 0;
  let byKind = createdIndex.get(s);
  if (!byKind) createdIndex.set(s, (byKind = new Map()));
  let index = byKind.get(kind);
  if (!index) {
    index = new Map();
    for (const item of list) {
      const key = `${item.namespace}/${item.name}`;
      if (!index.has(key)) index.set(key, item.createdAtMs);
    }
    byKind.set(kind, index);
  }
  return index.get(`${namespace}/${name}`) ?? 0;
}

/** uids already found, per build (10,000 Pods name the same few owners). */
const foundUids = new WeakMap<ObjectContext, Map<string, string>>();

/** The uid of a Deployment, ReplicaSet… found by kind and name (for ownerReferences and event references). */
export function uidOf(ctx: ObjectContext, kind: string, namespace: string | null, name: string): string {
  let uids = foundUids.get(ctx);
  if (!uids) foundUids.set(ctx, (uids = new Map()));
  const key = `${kind}/${namespace}/${name}`;
  let uid = uids.get(key);
  if (uid === undefined)
    uids.set(key, (uid = stableUid(kind, namespace, name, createdAt(ctx.snapshot, kind, namespace, name))));
  return uid;
}

/** The nodes by name, built once per build of the objects (a scan per Pod and per node was 37 million
 * name comparisons on 5,000 nodes and 10,000 Pods). */
const nodeIndex = new WeakMap<ObjectContext, Map<string, NodeState>>();

/** The state of the node with this name (the first, as a scan finds it), or undefined. */
export function nodeStateNamed(ctx: ObjectContext, name: string | null): NodeState | undefined {
  if (name === null) return undefined;
  let index = nodeIndex.get(ctx);
  if (!index) {
    index = new Map();
    for (const n of ctx.state.nodes) if (!index.has(n.name)) index.set(n.name, n);
    nodeIndex.set(ctx, index);
  }
  return index.get(name);
}

/** The snapshot's Pods by `namespace/name`, once per snapshot (a scan per event was 10 million reads). */
const podIndex = new WeakMap<ClusterSnapshot, Map<string, PodView>>();

/** The snapshot's Pod with this namespace and name (the first, as a scan finds it), or undefined. */
export function podViewNamed(
  ctx: ObjectContext,
  namespace: string | null,
  name: string,
): PodView | undefined {
  let index = podIndex.get(ctx.snapshot);
  if (!index) {
    index = new Map();
    for (const p of ctx.snapshot.pods) {
      const key = `${p.namespace}/${p.name}`;
      if (!index.has(key)) index.set(key, p);
    }
    podIndex.set(ctx.snapshot, index);
  }
  return index.get(`${namespace}/${name}`);
}
