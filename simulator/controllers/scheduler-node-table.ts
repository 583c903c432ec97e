import type { Taint } from '../api-types.ts';

/** What the scheduler knows of a node; `requested*` are running sums it updates when it binds. */
export interface SchedulerNode {
  name: string;
  schedulable: boolean;
  /** Why not schedulable, as kube-scheduler words it (e.g. `node(s) were unschedulable`). */
  unschedulableReason: string | null;
  cpuMillis: number;
  memoryBytes: number;
  maxPods: number;
  requestedCpu: number;
  requestedMemory: number;
  /** Requests with the scoring defaults (100m / 200 MiB for Pods that request nothing). */
  scoreCpu: number;
  scoreMemory: number;
  podCount: number;
  labels: Record<string, string>;
  taints: Taint[];
}

/**
 * A node as the scheduler first sees it: schedulable, nothing bound (the sums start at zero), no labels or
 * taints, the kubelet's default of 110 Pods (--max-pods), unless `fields` says otherwise.
 */
export function schedulerNode(
  fields: Pick<SchedulerNode, 'name' | 'cpuMillis' | 'memoryBytes'> & Partial<SchedulerNode>,
): SchedulerNode {
  return {
    schedulable: true,
    unschedulableReason: null,
    maxPods: 110,
    requestedCpu: 0,
    requestedMemory: 0,
    scoreCpu: 0,
    scoreMemory: 0,
    podCount: 0,
    labels: {},
    taints: [],
    ...fields,
  };
}

/** Nodes per block of the spread summary (a power of two: 1 << BLOCK_SHIFT). */
export const BLOCK_SHIFT = 5;
export const BLOCK = 1 << BLOCK_SHIFT;
/** Distinct sibling counts a block summary keeps; a block with more is read node by node. */
export const BLOCK_COUNTS = 4;

/**
 * The scheduler's hot fields of every node, one typed array per field, so that a Pod's pass over 500 of
 * 5,000 nodes reads memory in order (150,000 Pods make 75 million node visits in bench/simulator-envelope).
 * Built once per node array; schedulePod writes every bind to both the table and the node object.
 */
export class SchedulerNodeTable {
  readonly podCount: Int32Array;
  readonly maxPods: Int32Array;
  readonly requestedCpu: Float64Array;
  readonly requestedMemory: Float64Array;
  readonly cpuMillis: Float64Array;
  readonly memoryBytes: Float64Array;
  readonly scoreCpu: Float64Array;
  readonly scoreMemory: Float64Array;
  /** Pods of the owner being scheduled on each node (PodTopologySpread), filled from `siblingsOf`. */
  readonly siblings: Int32Array;
  siblingsOf: Map<string, number> | null = null;
  /**
   * The resource score of node i for the Pods numbered `keptShape[i]`, or -1 when the filters refuse such
   * a Pod (a bind here resets `keptShape[i]` to -1: to compute again).
   */
  readonly kept: Int32Array;
  readonly keptShape: Int32Array;
  /**
   * Per block of {@link BLOCK} nodes, a summary of the kept values for PodTopologySpread (see summarise in
   * scheduler.ts): how many nodes pass the filters, their fewest and most siblings, and for each sibling
   * count (at most {@link BLOCK_COUNTS} of them, else `countsIn` is BLOCK_COUNTS + 1 and the block is read
   * node by node) the best resource score and how many nodes have it. Valid while `blockEpoch[b]` equals
   * `epoch`, which moves with the Pod shape and the owner's siblings; a bind resets its block's.
   */
  readonly blockEpoch: Int32Array;
  readonly feasibleIn: Int32Array;
  readonly fewestIn: Int32Array;
  readonly mostIn: Int32Array;
  readonly countsIn: Int32Array;
  readonly countSiblings: Int32Array;
  readonly countBest: Int32Array;
  readonly countTies: Int32Array;
  epoch = 0;
  /** What the kept values are for (a Pod's requests, node selector and tolerations), and its number. */
  private shapeCpu = -1;
  private shapeMemory = -1;
  private shapeSelector: object | null = null;
  private shapeTolerations: object | null = null;
  private shape = 0;

  constructor(nodes: readonly SchedulerNode[]) {
    const n = nodes.length;
    this.podCount = new Int32Array(n);
    this.maxPods = new Int32Array(n);
    this.requestedCpu = new Float64Array(n);
    this.requestedMemory = new Float64Array(n);
    this.cpuMillis = new Float64Array(n);
    this.memoryBytes = new Float64Array(n);
    this.scoreCpu = new Float64Array(n);
    this.scoreMemory = new Float64Array(n);
    this.siblings = new Int32Array(n);
    this.kept = new Int32Array(n);
    this.keptShape = new Int32Array(n).fill(-1);
    const blocks = Math.ceil(n / BLOCK);
    this.blockEpoch = new Int32Array(blocks).fill(-1);
    this.feasibleIn = new Int32Array(blocks);
    this.fewestIn = new Int32Array(blocks);
    this.mostIn = new Int32Array(blocks);
    this.countsIn = new Int32Array(blocks);
    this.countSiblings = new Int32Array(blocks * BLOCK_COUNTS);
    this.countBest = new Int32Array(blocks * BLOCK_COUNTS);
    this.countTies = new Int32Array(blocks * BLOCK_COUNTS);
    nodes.forEach((node, i) => {
      this.podCount[i] = node.podCount;
      this.maxPods[i] = node.maxPods;
      this.requestedCpu[i] = node.requestedCpu;
      this.requestedMemory[i] = node.requestedMemory;
      this.cpuMillis[i] = node.cpuMillis;
      this.memoryBytes[i] = node.memoryBytes;
      this.scoreCpu[i] = node.scoreCpu;
      this.scoreMemory[i] = node.scoreMemory;
    });
  }

  /** Copies an owner's Pods-per-node counts into `siblings` when the owner changes. */
  useSiblings(nodes: readonly SchedulerNode[], counts: Map<string, number>): void {
    if (counts === this.siblingsOf) return;
    this.siblingsOf = counts;
    this.epoch++;
    for (let i = 0; i < nodes.length; i++) this.siblings[i] = counts.get(nodes[i]!.name) ?? 0;
  }

  /**
   * Numbers what the filters and scores read of a Pod: kept values stay valid while the number does.
   * Node selector and tolerations compare by identity (a template's Pods share them).
   */
  shapeFor(cpu: number, memory: number, selector: object, tolerations: object): number {
    if (
      cpu !== this.shapeCpu ||
      memory !== this.shapeMemory ||
      selector !== this.shapeSelector ||
      tolerations !== this.shapeTolerations
    ) {
      this.shapeCpu = cpu;
      this.shapeMemory = memory;
      this.shapeSelector = selector;
      this.shapeTolerations = tolerations;
      this.shape++;
      this.epoch++;
    }
    return this.shape;
  }

  /**
   * NodeResourcesFit (LeastAllocated) plus NodeResourcesBalancedAllocation, weight 1 each, with the Pod's
   * scoring requests added to node i's; both are non-negative, so truncation is Math.floor.
   */
  score(i: number, podScoreCpu: number, podScoreMemory: number): number {
    const cpuUsed = (this.scoreCpu[i]! + podScoreCpu) / this.cpuMillis[i]!;
    const memoryUsed = (this.scoreMemory[i]! + podScoreMemory) / this.memoryBytes[i]!;
    const cpuFraction = cpuUsed > 1 ? 1 : cpuUsed;
    const memoryFraction = memoryUsed > 1 ? 1 : memoryUsed;
    const leastAllocated = ((1 - cpuFraction) * 100 + (1 - memoryFraction) * 100) / 2;
    const gap = cpuFraction > memoryFraction ? cpuFraction - memoryFraction : memoryFraction - cpuFraction;
    const balanced = (1 - gap / 2) * 100;
    return (leastAllocated | 0) + (balanced | 0);
  }

  /** Records a Pod bound to node i. */
  bind(
    i: number,
    cpu: number,
    memory: number,
    scoreCpu: number,
    scoreMemory: number,
    sibling: boolean,
  ): void {
    this.podCount[i]!++;
    this.requestedCpu[i]! += cpu;
    this.requestedMemory[i]! += memory;
    this.scoreCpu[i]! += scoreCpu;
    this.scoreMemory[i]! += scoreMemory;
    this.keptShape[i] = -1;
    this.blockEpoch[i >> BLOCK_SHIFT] = -1;
    if (sibling) this.siblings[i]!++;
  }
}

const tables = new WeakMap<readonly SchedulerNode[], SchedulerNodeTable>();

/** The table of a node array, built on first use. */
export function nodeTable(nodes: readonly SchedulerNode[]): SchedulerNodeTable {
  let table = tables.get(nodes);
  if (!table || table.podCount.length !== nodes.length)
    tables.set(nodes, (table = new SchedulerNodeTable(nodes)));
  return table;
}
