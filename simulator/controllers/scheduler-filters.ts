import type { Taint } from '../api-types.ts';
import type { Toleration } from '../model/cluster-state.ts';
import type { SchedulerNode } from './scheduler-node-table.ts';

/** What the filters read of a Pod (its requests and tolerations); scheduler.ts's SchedulerPod has them. */
export interface FilteredPod {
  cpuMillis: number;
  memoryBytes: number;
  tolerations: Toleration[];
}

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
 * Filter reasons kube-scheduler marks UnschedulableAndUnresolvable (NodeUnschedulable, TaintToleration,
 * NodeAffinity): preemption cannot make room there. Resources and ports are merely Unschedulable.
 */
const UNRESOLVABLE = ['node(s) were unschedulable', 'node(s) had untolerated taint', "node(s) didn't match"];

/** `N reason` strings sorted as strings, count first (framework/types.go FitError.Error sortReasonsHistogram). */
function histogram(counts: Map<string, number>): string {
  return [...counts.entries()]
    .map(([reason, count]) => `${count} ${reason}`)
    .sort()
    .join(', ');
}

/** The resource filters (Pod count, NodeResourcesFit), which can fail together, in kubectl's order. */
const RESOURCE_REASONS = ['Too many pods', 'Insufficient cpu', 'Insufficient memory'] as const;

/** Which resource filters refuse the Pod on the node: bit i set for RESOURCE_REASONS[i]; 0 when it fits. */
function resourceMisfits(pod: FilteredPod, node: SchedulerNode): number {
  return (
    (node.podCount + 1 > node.maxPods ? 1 : 0) |
    (node.requestedCpu + pod.cpuMillis > node.cpuMillis ? 2 : 0) |
    (node.requestedMemory + pod.memoryBytes > node.memoryBytes ? 4 : 0)
  );
}

/**
 * Why a node refuses a Pod (empty when it fits): the first filter plugin that fails, in order, or every
 * resource filter that fails. With `explain` false only whether it fits matters, and nothing is built.
 * The Pod's node selector comes as its keys and the values under them, read once per selector object.
 */
export function filterReasons(
  pod: FilteredPod,
  node: SchedulerNode,
  selectorKeys: readonly string[],
  selectorValues: ReadonlyArray<string | undefined>,
  explain: boolean,
): readonly string[] {
  if (!node.schedulable) return [node.unschedulableReason ?? 'node(s) were unschedulable'];
  const taints = node.taints;
  for (let t = 0; t < taints.length; t++) {
    const taint = taints[t]!;
    if (taint.effect !== 'PreferNoSchedule' && !tolerates(pod.tolerations, taint))
      return explain ? [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`] : REFUSED;
  }
  for (let k = 0; k < selectorKeys.length; k++)
    if (node.labels[selectorKeys[k]!] !== selectorValues[k])
      return ["node(s) didn't match Pod's node affinity/selector"];
  const misfits = resourceMisfits(pod, node);
  if (misfits === 0) return FITS;
  return explain ? RESOURCE_REASONS.filter((_, i) => misfits & (1 << i)) : REFUSED;
}

const FITS: readonly string[] = [];
const REFUSED: readonly string[] = ['refused'];

/**
 * The FailedScheduling message for a Pod no node takes, as kube-scheduler words it: the filter reasons
 * counted per node, then what preemption could do (DefaultPreemption). Only an unschedulable Pod pays
 * for building it.
 */
export function unschedulableMessage(
  pod: FilteredPod,
  nodes: readonly SchedulerNode[],
  selectorKeys: readonly string[],
  selectorValues: ReadonlyArray<string | undefined>,
): string {
  const total = nodes.length;
  const reasons = new Map<string, number>();
  const preemption = new Map<string, number>();
  for (const node of nodes) {
    const found = filterReasons(pod, node, selectorKeys, selectorValues, true);
    for (const reason of found) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    // DefaultPreemption: evicting Pods cannot help where a filter failed UnschedulableAndUnresolvable.
    const verdict = found.some((r) => UNRESOLVABLE.some((u) => r.startsWith(u)))
      ? 'Preemption is not helpful for scheduling'
      : 'No preemption victims found for incoming pod';
    preemption.set(verdict, (preemption.get(verdict) ?? 0) + 1);
  }
  return `0/${total} nodes are available: ${histogram(reasons)}. preemption: 0/${total} nodes are available: ${histogram(preemption)}.`;
}
