import { setup, transition } from 'xstate';
import type { PhaseContext } from './pod-lifecycle.ts';

/** Node condition as the control plane sees it. */
export type NodeConditionState = 'Ready' | 'Unreachable' | 'NotReady';

/** Events of a node: the kubelet stops or comes back, the monitor notices. */
export type NodeLifecycleEvent =
  | { type: 'KUBELET_STOPPED' }
  | { type: 'GRACE_EXPIRED' }
  | { type: 'KUBELET_STARTED' }
  | { type: 'REPORTED_READY' };

/**
 * Node lifecycle (kubernetes.io/docs/concepts/architecture/nodes/#node-controller): after the kubelet stops,
 * the node stays Ready until node-monitor-grace-period expires, then NotReady (Unknown) and tainted
 * unreachable:NoExecute; pods are evicted after their toleration.
 */
export const nodeLifecycle = setup({
  types: { context: {} as PhaseContext, events: {} as NodeLifecycleEvent },
}).createMachine({
  id: 'node',
  context: {},
  initial: 'Ready',
  states: {
    Ready: { on: { KUBELET_STOPPED: 'Unreachable' } },
    Unreachable: { on: { GRACE_EXPIRED: 'NotReady', KUBELET_STARTED: 'Ready' } },
    NotReady: { on: { REPORTED_READY: 'Ready', KUBELET_STARTED: 'NotReady' } },
  },
});

/** The node state after an event (pure). */
export function nextNodeState(
  state: NodeConditionState,
  event: NodeLifecycleEvent['type'],
): NodeConditionState {
  const [snapshot] = transition(nodeLifecycle, nodeLifecycle.resolveState({ value: state, context: {} }), {
    type: event,
  });
  return snapshot.value;
}
