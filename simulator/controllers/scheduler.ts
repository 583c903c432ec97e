import type { Taint } from '../api-types.ts';
import type { Toleration } from '../model/cluster-state.ts';
import type { Prng } from '../model/prng.ts';

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

/** What the scheduler needs of a Pod. */
export interface SchedulerPod {
  cpuMillis: number;
  memoryBytes: number;
  nodeSelector: Record<string, string>;
  tolerations: Toleration[];
}

/** Result of scheduling one Pod. */
export type ScheduleResult = { node: SchedulerNode } | { node: null; message: string };

// pkg/scheduler/util/pod_resources.go: DefaultMilliCPURequest, DefaultMemoryRequest (scoring only).
const DEFAULT_CPU = 100;
const DEFAULT_MEMORY = 200 * 1024 * 1024;

/** True when a toleration tolerates a taint (core/v1 Toleration.ToleratesTaint). */
export function tolerates(tolerations: readonly Toleration[], taint: Taint): boolean {
  return tolerations.some(
    (t) =>
      (!t.effect || t.effect === taint.effect) &&
      (t.key === undefined || t.key === '' ? t.operator === 'Exists' : t.key === taint.key) &&
      (t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '')),
  );
}

/**
 * Picks a node for a Pod the way kube-scheduler's default profile does, reduced to what the course
 * needs: filter (NodeUnschedulable, TaintToleration, NodeAffinity/nodeSelector, NodeResourcesFit) then
 * score (LeastAllocated + BalancedAllocation, weights 1/1), ties broken at random from the seed
 * (kubernetes.io/docs/concepts/scheduling-eviction/kube-scheduler/). Binding updates the node's sums.
 */
export function schedulePod(pod: SchedulerPod, nodes: readonly SchedulerNode[], prng: Prng): ScheduleResult {
  const reasons = new Map<string, number>();
  const fail = (reason: string): void => void reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  const selector = Object.entries(pod.nodeSelector);
  const podScoreCpu = pod.cpuMillis || DEFAULT_CPU;
  const podScoreMemory = pod.memoryBytes || DEFAULT_MEMORY;
  let best: SchedulerNode | null = null;
  let bestScore = -1;
  let ties = 0;
  for (const node of nodes) {
    if (!node.schedulable) {
      fail(node.unschedulableReason ?? 'node(s) were unschedulable');
      continue;
    }
    if (node.taints.length > 0) {
      const taint = node.taints.find((t) => t.effect !== 'PreferNoSchedule' && !tolerates(pod.tolerations, t));
      if (taint) {
        fail(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
        continue;
      }
    }
    if (selector.length > 0 && !selector.every(([k, v]) => node.labels[k] === v)) {
      fail("node(s) didn't match Pod's node affinity/selector");
      continue;
    }
    let misfit = false;
    if (node.podCount + 1 > node.maxPods) {
      fail('Too many pods');
      misfit = true;
    }
    if (node.requestedCpu + pod.cpuMillis > node.cpuMillis) {
      fail('Insufficient cpu');
      misfit = true;
    }
    if (node.requestedMemory + pod.memoryBytes > node.memoryBytes) {
      fail('Insufficient memory');
      misfit = true;
    }
    if (misfit) continue;
    const cpuFraction = Math.min(1, (node.scoreCpu + podScoreCpu) / node.cpuMillis);
    const memoryFraction = Math.min(1, (node.scoreMemory + podScoreMemory) / node.memoryBytes);
    const leastAllocated = ((1 - cpuFraction) * 100 + (1 - memoryFraction) * 100) / 2;
    const balanced = (1 - Math.abs(cpuFraction - memoryFraction) / 2) * 100;
    const score = Math.floor(leastAllocated) + Math.floor(balanced);
    if (score > bestScore) {
      best = node;
      bestScore = score;
      ties = 1;
    } else if (score === bestScore && prng.int(++ties) === 0) best = node;
  }
  if (!best) {
    const parts = [...reasons.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([reason, count]) => `${count} ${reason}`);
    return {
      node: null,
      message: `0/${nodes.length} nodes are available: ${parts.join(', ')}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} No preemption victims found for incoming pod.`,
    };
  }
  best.requestedCpu += pod.cpuMillis;
  best.requestedMemory += pod.memoryBytes;
  best.scoreCpu += podScoreCpu;
  best.scoreMemory += podScoreMemory;
  best.podCount++;
  return { node: best };
}
