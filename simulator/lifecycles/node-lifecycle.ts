import { phaseStepper, setupPhaseMachine } from './phase-machine.ts';

/** Node condition as the control plane sees it. */
export type NodeConditionState = 'Ready' | 'Unreachable' | 'NotReady';

/** Events of a node: the kubelet stops, comes back or reports itself not ready; the monitor notices. */
export type NodeLifecycleEvent =
  | { type: 'KUBELET_STOPPED' }
  | { type: 'REPORTED_NOT_READY' }
  | { type: 'GRACE_EXPIRED' }
  | { type: 'KUBELET_STARTED' }
  | { type: 'REPORTED_READY' };

/**
 * Node lifecycle (kubernetes.io/docs/concepts/architecture/nodes/#node-controller): after the kubelet stops,
 * the node stays Ready until node-monitor-grace-period expires, then NotReady (Unknown) and tainted
 * unreachable:NoExecute; pods are evicted after their toleration. A kubelet that reports Ready False (no Pod
 * network: a node without a podCIDR) makes the node NotReady at once.
 */
export const nodeLifecycle = setupPhaseMachine<NodeLifecycleEvent>().createMachine({
  id: 'node',
  context: {},
  initial: 'Ready',
  states: {
    Ready: { on: { KUBELET_STOPPED: 'Unreachable', REPORTED_NOT_READY: 'NotReady' } },
    Unreachable: { on: { GRACE_EXPIRED: 'NotReady', KUBELET_STARTED: 'Ready' } },
    NotReady: { on: { REPORTED_READY: 'Ready', KUBELET_STARTED: 'NotReady' } },
  },
});

/** The node state after an event (pure). */
export const nextNodeState: (
  state: NodeConditionState,
  event: NodeLifecycleEvent['type'],
) => NodeConditionState = phaseStepper(nodeLifecycle);
