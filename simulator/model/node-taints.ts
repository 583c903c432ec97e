import type { Taint } from '../api-types.ts';

/**
 * The taints the node lifecycle controller keeps on a node by its Ready condition (k8s.io/api/core/v1
 * well_known_taints.go; kubernetes.io/docs/reference/labels-annotations-taints/): `not-ready` while Ready is
 * False (the kubelet reports it), `unreachable` while it is Unknown (the kubelet stopped posting).
 */
export const NODE_NOT_READY = 'node.kubernetes.io/not-ready';
export const NODE_UNREACHABLE = 'node.kubernetes.io/unreachable';

/** A Ready-condition taint key. */
export type ConditionTaintKey = typeof NODE_NOT_READY | typeof NODE_UNREACHABLE;

/**
 * The node's taints with the condition taints set to `key`'s pair (or none when `key` is null): NoSchedule,
 * which TaintNodesByCondition adds, and NoExecute, which taint-based eviction adds (node_lifecycle_controller.go
 * nodeConditionToTaintKeyStatusMap and NotReadyTaintTemplate/UnreachableTaintTemplate).
 */
export function withConditionTaints(taints: readonly Taint[], key: ConditionTaintKey | null): Taint[] {
  const rest = taints.filter((t) => t.key !== NODE_NOT_READY && t.key !== NODE_UNREACHABLE);
  return key ? [...rest, { key, effect: 'NoSchedule' }, { key, effect: 'NoExecute' }] : rest;
}

/**
 * Sets the node's condition taints to `key`'s, noting when they changed (SwapNodeControllerTaint stamps
 * timeAdded with the time of the swap; an unchanged taint keeps its time).
 */
export function setConditionTaints(
  node: { taints: Taint[]; taintsAddedMs?: { condition?: number; unschedulable?: number } },
  key: ConditionTaintKey | null,
  nowMs: number,
): void {
  if (conditionTaintKey(node.taints) !== key)
    node.taintsAddedMs = { ...node.taintsAddedMs, condition: nowMs };
  node.taints = withConditionTaints(node.taints, key);
}

/** The Ready-condition taint key a node carries, or null. */
export function conditionTaintKey(taints: readonly Taint[]): ConditionTaintKey | null {
  for (const t of taints) if (t.key === NODE_NOT_READY || t.key === NODE_UNREACHABLE) return t.key;
  return null;
}
