import type { NodeState, PodState } from '../model/cluster-state.ts';
import { conditionTaintKey, NODE_UNREACHABLE } from '../model/node-taints.ts';
import type { Engine } from './engine.ts';
import type { Kubelet } from './kubelet.ts';
import { PodStore } from './pod-store.ts';
import { schedulePod, schedulerNode, type SchedulerNode, type SchedulerPod } from './scheduler.ts';

/** Builds the scheduler's view of the nodes: allocatable, what bound Pods request, and whether it takes Pods. */
export function schedulerNodes(engine: Engine): SchedulerNode[] {
  const byName = new Map<string, SchedulerNode>();
  const list = engine.state.nodes.map((n) => {
    const node = schedulerNode({
      name: n.name,
      // A silent node ('Unreachable') still reads Ready, untainted, until node-monitor-grace-period ends: the
      // scheduler binds there (it filters on taints, not on heartbeats; TaintNodesByCondition).
      schedulable: n.condition !== 'NotReady' && !n.unschedulable,
      unschedulableReason:
        n.condition === 'NotReady'
          ? `node(s) had untolerated taint {${conditionTaintKey(n.taints) ?? NODE_UNREACHABLE}: }`
          : n.unschedulable
            ? 'node(s) were unschedulable'
            : null,
      cpuMillis: n.cpuMillis,
      memoryBytes: n.memoryBytes,
      maxPods: n.maxPods,
      labels: n.labels,
      taints: n.taints,
    });
    byName.set(n.name, node);
    return node;
  });
  const requests = new PodRequests();
  for (const pod of engine.state.pods.values()) {
    const node = pod.nodeName ? byName.get(pod.nodeName) : undefined;
    if (!node) continue;
    const { cpu, memory } = requests.of(pod.spec);
    node.requestedCpu += cpu;
    node.requestedMemory += memory;
    node.scoreCpu += cpu || 100;
    node.scoreMemory += memory || 200 * 1024 * 1024;
    node.podCount++;
  }
  return list;
}

/** Schedules every Pod waiting for a node, oldest first; unschedulable ones stay Pending with the reason. */
export function scheduleWaitingPods(engine: Engine, pods: PodStore, kubelet: Kubelet): void {
  if (pods.unscheduled.size === 0) return;
  const waiting = [...pods.unscheduled].filter((p) => !p.deleting).sort((a, b) => a.uid - b.uid);
  const nodes = schedulerNodes(engine);
  const nodeStates = new Map<string, NodeState>(engine.state.nodes.map((n) => [n.name, n]));
  const cursor = { next: 0 };
  const siblings = new SiblingsPerNode(pods);
  const requests = new PodRequests();
  const ports = new HostPortsInUse(engine);
  const request: SchedulerPod = {
    cpuMillis: 0,
    memoryBytes: 0,
    nodeSelector: {},
    tolerations: [],
    spread: null,
  };
  for (const pod of waiting) {
    if (pod.spec.nodeName) {
      const node = nodeStates.get(pod.spec.nodeName);
      if (!node) setReason(engine, pod, `node "${pod.spec.nodeName}" not found`);
      else if (ports.taken(pod, node.name))
        setReason(
          engine,
          pod,
          "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports.",
        );
      else {
        kubelet.bind(pod, node);
        ports.bound(pod);
      }
      continue;
    }
    // One request object for every Pod of the pass (150,000 in bench/simulator-envelope).
    const { cpu, memory } = requests.of(pod.spec);
    request.cpuMillis = cpu;
    request.memoryBytes = memory;
    request.nodeSelector = pod.spec.nodeSelector;
    request.tolerations = pod.spec.tolerations;
    request.spread = siblings.of(pod);
    const result = schedulePod(request, nodes, engine.prng, cursor);
    if (result.node) {
      kubelet.bind(pod, nodeStates.get(result.node.name)!);
      ports.bound(pod);
    } else setReason(engine, pod, result.message);
  }
}

/**
 * A Pod's container requests summed (what the scheduler and a node's sums count); a template's Pods share
 * their spec, so a run of them is summed once.
 */
class PodRequests {
  private spec: PodState['spec'] | null = null;
  private readonly sums = { cpu: 0, memory: 0 };

  /** The sums for this spec (the same object each time: read it before the next call). */
  of(spec: PodState['spec']): Readonly<{ cpu: number; memory: number }> {
    if (spec !== this.spec) {
      this.spec = spec;
      let cpu = 0;
      let memory = 0;
      for (const c of spec.containers) {
        cpu += c.cpuMillis;
        memory += c.memoryBytes;
      }
      this.sums.cpu = cpu;
      this.sums.memory = memory;
    }
    return this.sums;
  }
}

/**
 * The owner's other Pods per node, for PodTopologySpread's default constraints (which apply to Pods a
 * ReplicaSet, StatefulSet or Service selects; a bare Pod has none), counted once per owner in one
 * scheduling pass (the scheduler counts its own binds in them). Terminating Pods do not count. One per
 * pass: nothing is kept between passes or between simulations.
 */
class SiblingsPerNode {
  private readonly byOwner = new Map<string, Map<string, number>>();
  // A ReplicaSet's Pods come one after another (oldest first): the last owner's counts serve again
  // without building its key.
  private lastKind = '';
  private lastNamespace = '';
  private lastName = '';
  private lastCounts: Map<string, number> | null = null;

  constructor(private readonly pods: PodStore) {}

  /** The counts for this Pod's owner, or null for a Pod no controller owns. */
  of(pod: PodState): Map<string, number> | null {
    const owner = pod.owner;
    if (!owner) return null;
    if (
      this.lastCounts &&
      this.lastKind === owner.kind &&
      this.lastNamespace === pod.namespace &&
      this.lastName === owner.name
    )
      return this.lastCounts;
    const key = PodStore.ownerKey(owner.kind, pod.namespace, owner.name);
    let counts = this.byOwner.get(key);
    if (!counts) {
      counts = new Map();
      for (const other of this.pods.owned(owner.kind, pod.namespace, owner.name))
        if (other.nodeName !== null && !other.deleting)
          counts.set(other.nodeName, (counts.get(other.nodeName) ?? 0) + 1);
      this.byOwner.set(key, counts);
    }
    this.lastKind = owner.kind;
    this.lastNamespace = pod.namespace;
    this.lastName = owner.name;
    this.lastCounts = counts;
    return counts;
  }
}

function setReason(engine: Engine, pod: PodState, message: string): void {
  if (pod.reason === message) return;
  pod.reason = message;
  engine.touch();
  engine.record('failed-scheduling', `Pod/${pod.namespace}/${pod.name}`, { message });
}

/**
 * NodePorts filter for one scheduling pass: the bound Pods with host ports, per node, gathered when the
 * first Pod with host ports asks and kept up to date with the pass's binds (a DaemonSet's Pod per node on
 * 5,000 nodes made walking every Pod for each of them quadratic).
 */
class HostPortsInUse {
  private byNode: Map<string, PodState[]> | null = null;

  constructor(private readonly engine: Engine) {}

  /** Another Pod on the node already binds one of this Pod's host ports. */
  taken(pod: PodState, nodeName: string): boolean {
    if (pod.spec.hostPorts.length === 0) return false;
    if (!this.byNode) {
      this.byNode = new Map();
      for (const other of this.engine.state.pods.values()) this.bound(other);
    }
    for (const other of this.byNode.get(nodeName) ?? []) {
      if (other === pod || other.nodeName !== nodeName || other.deleting) continue;
      if (other.spec.hostPorts.some((p) => pod.spec.hostPorts.includes(p))) return true;
    }
    return false;
  }

  /** Counts a Pod just bound (once the ports are gathered). */
  bound(pod: PodState): void {
    if (!this.byNode || pod.nodeName === null || pod.spec.hostPorts.length === 0) return;
    const list = this.byNode.get(pod.nodeName);
    if (list) list.push(pod);
    else this.byNode.set(pod.nodeName, [pod]);
  }
}
