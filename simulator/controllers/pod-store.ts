import type { NodeState, PodState } from '../model/cluster-state.ts';
import { podAddress } from '../model/cluster-cidr.ts';
import { objectKey } from '../model/cluster-state.ts';
import type { Engine } from './engine.ts';

/**
 * Adds and removes Pods while keeping the indexes controllers rely on: Pods by owner, Pods waiting for a
 * node, and the IPs in use on each node.
 */
export class PodStore {
  readonly byOwner = new Map<string, Set<PodState>>();
  readonly unscheduled = new Set<PodState>();
  private readonly usedIPs = new Map<number, Set<number>>();
  /** A Pod's IP lease by uid: its node's index × 256 + the host part (a number: no object per Pod). */
  private readonly leases = new Map<number, number>();

  constructor(private readonly engine: Engine) {}

  /** Owner index key: `Kind/ns/name`. */
  static ownerKey(kind: string, namespace: string, name: string): string {
    return `${kind}/${namespace}/${name}`;
  }

  /**
   * The Pods that are the value of their key in `state.pods` (only this store writes that map): asking here
   * spares building the key on every kubelet timer (600,000 of them in bench/simulator-envelope).
   */
  private readonly stored = new Set<PodState>();
  /** Per owner key, its Pods in `byOwner` that are not `deleting` (see liveOwned). */
  private readonly liveByOwner = new Map<string, number>();

  /** The stored Pods a DaemonSet owns, in the order they were added (see daemonSetPods). */
  private readonly daemonSet = new Set<PodState>();
  /** A Pod was once added under a key another Pod held: from then on `daemonSet` may differ in order. */
  private replacedAny = false;

  /**
   * The Pods DaemonSets own, in the order `state.pods` holds them (ServiceLB's controller walks them in
   * every reconcile round, among 150,000 Pods in bench/simulator-envelope); null once a Pod took another's
   * key, which keeps the old one's place in the map: then walk `state.pods`.
   */
  daemonSetPods(): ReadonlySet<PodState> | null {
    return this.replacedAny ? null : this.daemonSet;
  }

  /** True while the Pod is the one stored under its namespace and name. */
  isStored(pod: PodState): boolean {
    return this.stored.has(pod);
  }

  /** Drops the Pod stored under `key`, if any, from the store's own sets (state.pods is the caller's). */
  private forget(key: string): boolean {
    const pod = this.engine.state.pods.get(key);
    if (!pod) return false;
    this.stored.delete(pod);
    this.daemonSet.delete(pod);
    return true;
  }

  /** Stores a Pod under `key` (its `namespace/name`, when the caller has built it already). */
  add(pod: PodState, key = objectKey(pod.namespace, pod.name)): void {
    if (this.forget(key)) this.replacedAny = true;
    this.engine.state.pods.set(key, pod);
    this.stored.add(pod);
    if (pod.owner?.kind === 'DaemonSet') this.daemonSet.add(pod);
    if (pod.owner) {
      const key = this.ownerKeyOf(pod);
      let set = this.byOwner.get(key);
      if (!set) this.byOwner.set(key, (set = new Set()));
      set.add(pod);
      if (!pod.deleting) this.liveByOwner.set(key, (this.liveByOwner.get(key) ?? 0) + 1);
    }
    if (pod.nodeName === null) this.unscheduled.add(pod);
    this.engine.touch();
  }

  remove(pod: PodState): void {
    const key = objectKey(pod.namespace, pod.name);
    this.forget(key);
    this.engine.state.pods.delete(key);
    if (pod.owner) {
      const key = PodStore.ownerKey(pod.owner.kind, pod.namespace, pod.owner.name);
      if (this.byOwner.get(key)?.delete(pod) && !pod.deleting)
        this.liveByOwner.set(key, this.liveByOwner.get(key)! - 1);
    }
    this.unscheduled.delete(pod);
    this.releaseIP(pod);
    pod.generation++;
    this.engine.touch();
  }

  /**
   * The Pod's controller lets it go (its labels no longer match the selector): it becomes an orphan, no
   * longer counted among its owner's Pods, and the owner makes a replacement.
   */
  release(pod: PodState): void {
    if (!pod.owner) return;
    const key = this.ownerKeyOf(pod);
    if (this.byOwner.get(key)?.delete(pod) && !pod.deleting)
      this.liveByOwner.set(key, this.liveByOwner.get(key)! - 1);
    this.daemonSet.delete(pod);
    pod.owner = null;
    this.engine.touch();
  }

  /** Marks a Pod Terminating (`deleting`): its owner counts it no more among its live Pods. */
  markDeleting(pod: PodState): void {
    if (pod.deleting) return;
    pod.deleting = true;
    if (!pod.owner) return;
    const key = PodStore.ownerKey(pod.owner.kind, pod.namespace, pod.owner.name);
    if (this.byOwner.get(key)?.has(pod)) this.liveByOwner.set(key, this.liveByOwner.get(key)! - 1);
  }

  /**
   * How many of an object's Pods are not Terminating, kept as Pods come, go and start terminating (the
   * ReplicaSet controller asks for every ReplicaSet in every reconcile round: 150,000 Pods in
   * bench/simulator-envelope).
   */
  liveOwned(kind: string, namespace: string, name: string): number {
    return this.liveByOwner.get(PodStore.ownerKey(kind, namespace, name)) ?? 0;
  }

  /** Pods owned by an object (empty set when none). */
  owned(kind: string, namespace: string, name: string): ReadonlySet<PodState> {
    return this.byOwner.get(PodStore.ownerKey(kind, namespace, name)) ?? EMPTY;
  }

  private keyedOwner: PodState['owner'] = null;
  private keyedNamespace = '';
  private keyedOwnerKey = '';

  /**
   * The owner key of a Pod that has an owner. A controller's Pods share one owner object and come one
   * after another: the last key serves again (one string for 10,000 Pods instead of one each, each hashed
   * again by the indexes).
   */
  private ownerKeyOf(pod: PodState): string {
    const owner = pod.owner!;
    if (owner !== this.keyedOwner || pod.namespace !== this.keyedNamespace) {
      this.keyedOwner = owner;
      this.keyedNamespace = pod.namespace;
      this.keyedOwnerKey = PodStore.ownerKey(owner.kind, pod.namespace, owner.name);
    }
    return this.keyedOwnerKey;
  }

  /**
   * Gives a Pod an IP from its node's /24 (spec.podCIDR, flannel's subnet), at random from the seed; false,
   * and no IP, when the node has no Pod CIDR (the CNI cannot set up the Pod's sandbox).
   */
  assignIP(pod: PodState, node: NodeState): boolean {
    if (!node.podCIDR) return false;
    let used = this.usedIPs.get(node.index);
    if (!used) this.usedIPs.set(node.index, (used = new Set()));
    let host = 2 + this.engine.prng.int(253);
    for (let tries = 0; used.has(host) && tries < 300; tries++) host = 2 + ((host - 1) % 253);
    used.add(host);
    this.leases.set(pod.uid, node.index * 256 + host);
    pod.ip = podAddress(node.podCIDR, host);
    return true;
  }

  private releaseIP(pod: PodState): void {
    const lease = this.leases.get(pod.uid);
    if (lease === undefined) return;
    this.usedIPs.get(Math.floor(lease / 256))?.delete(lease % 256);
    this.leases.delete(pod.uid);
  }
}

const EMPTY: ReadonlySet<PodState> = new Set();
