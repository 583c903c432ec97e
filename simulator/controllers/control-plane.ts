import { buildNodes, emptyClusterState, type NodeState } from '../model/cluster-state.ts';
import type { NodeSpec } from '../api-types.ts';
import { ImageCatalogue, type ExtraImage } from '../images/image-catalogue.ts';
import { reconcileDeployments } from './deployment-controller.ts';
import { Engine } from './engine.ts';
import { Kubelet } from './kubelet.ts';
import { NodeController } from './node-controller.ts';
import { PodStore } from './pod-store.ts';
import { reconcileReplicaSets } from './replica-set-controller.ts';
import { scheduleWaitingPods } from './scheduling-loop.ts';
import { DEFAULT_CLUSTER_CIDR, nodePodCidr, parseClusterCidr } from '../model/cluster-cidr.ts';
import { reconcileServiceLB } from './service-lb-controller.ts';
import { NODE_NOT_READY, setConditionTaints } from '../model/node-taints.ts';

const MAX_ROUNDS = 50;

/**
 * The simulated control plane: the state, the controllers and the clock. `reconcile` runs the controllers
 * until nothing changes (level-triggered, like the real ones); `advance` moves the clock and reconciles at
 * every due timer.
 */
export class ControlPlane {
  readonly engine: Engine;
  readonly pods: PodStore;
  readonly kubelet: Kubelet;
  readonly nodes: NodeController;

  constructor(options: {
    seed: number;
    nodes?: number | NodeSpec[];
    startMs?: number;
    speedup?: number;
    images?: readonly ExtraImage[];
    /** k3s `--cluster-cidr` (default 10.42.0.0/16: 256 nodes get a Pod CIDR). */
    clusterCidr?: string;
  }) {
    this.engine = new Engine(
      emptyClusterState(buildNodes(options.nodes)),
      options.seed,
      options.startMs ?? 0,
      options.speedup ?? 1,
      new ImageCatalogue(options.images),
    );
    this.pods = new PodStore(this.engine);
    this.kubelet = new Kubelet(this.engine, this.pods);
    this.nodes = new NodeController(this.engine, this.kubelet);
    this.allocateNodeCidrs(options.clusterCidr ?? DEFAULT_CLUSTER_CIDR);
  }

  /**
   * The range allocator gives each node a /24 of the cluster CIDR (simulator/model/cluster-cidr.ts). A node
   * past the last one gets no podCIDR: its flannel never starts, the kubelet reports the network not ready,
   * and the node stays NotReady, tainted not-ready (no Pod is scheduled there).
   */
  private allocateNodeCidrs(text: string): void {
    const cidr = parseClusterCidr(text);
    if (typeof cidr === 'string') throw new TypeError(`clusterCidr: ${cidr}`);
    this.engine.state.clusterCidr = cidr.text;
    for (const node of this.engine.state.nodes) {
      node.podCIDR = nodePodCidr(cidr, node.index);
      if (node.podCIDR) continue;
      this.engine.moveNode(node, 'REPORTED_NOT_READY');
      setConditionTaints(node, NODE_NOT_READY, this.engine.nowMs);
      this.engine.record('cidr-not-available', `Node/${node.name}`, { node: node.name, cidr: cidr.text });
    }
  }

  get state() {
    return this.engine.state;
  }

  node(name: string): NodeState | undefined {
    return this.engine.node(name);
  }

  private reconciledAt = -1;

  /** Runs the controllers until the state stops changing; nothing to do when nothing changed since. */
  reconcile(): void {
    if (this.engine.version === this.reconciledAt) return;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const before = this.engine.version;
      reconcileDeployments(this.engine, this.pods);
      reconcileReplicaSets(this.engine, this.pods, this.kubelet);
      reconcileServiceLB(this.engine, this.pods, this.kubelet);
      scheduleWaitingPods(this.engine, this.pods, this.kubelet);
      if (this.engine.version === before) break;
    }
    this.reconciledAt = this.engine.version;
  }

  /** Moves the clock forward by `ms`, firing due timers in order and reconciling after each instant. */
  advance(ms: number): void {
    const target = this.engine.nowMs + Math.max(0, ms);
    this.reconcile();
    for (;;) {
      const next = this.engine.timers.peekTime();
      if (next === null || next > target) break;
      this.engine.nowMs = Math.max(this.engine.nowMs, next);
      while (this.engine.timers.peekTime() === next) this.engine.timers.fireNext();
      this.reconcile();
    }
    this.engine.nowMs = target;
  }

  /** Advances until no timer is due within `maxMs`; returns the time spent. */
  settle(maxMs: number): number {
    const start = this.engine.nowMs;
    this.reconcile();
    for (;;) {
      const next = this.engine.timers.peekTime();
      if (next === null || next - start > maxMs) break;
      this.advance(next - this.engine.nowMs);
    }
    return this.engine.nowMs - start;
  }
}
