import type { ContainerStateView, ContainerStatusView, PodDisplayStatus, PodView } from '../api-types.ts';
import type { ContainerRunState, PodState } from '../model/cluster-state.ts';
import { simTimestamp } from '../model/sim-time.ts';

/**
 * kubectl's STATUS column for a Pod, computed as kubectl's printPod does (pkg/printers/internalversion/
 * printers.go): the phase, replaced by the reason of the first container that is waiting or terminated,
 * `Completed` with a running container reads as Running, and a Pod being deleted is Terminating.
 */
export function podDisplayStatus(pod: PodState): PodDisplayStatus {
  if (pod.deleting || pod.state === 'Terminating') return 'Terminating';
  // No kubelet has reported the Pod (unscheduled, or bound to a silent node): the phase, Pending, shows.
  if (pod.state === 'Unscheduled' || pod.awaitingKubelet) return 'Pending';
  let reason: string | null = null;
  let running = false;
  for (let i = pod.statuses.length - 1; i >= 0; i--) {
    const state = pod.statuses[i]!.state;
    if ('waiting' in state) reason = state.waiting.reason;
    else if ('terminated' in state) reason = state.terminated.reason;
    else if (pod.statuses[i]!.ready) running = true;
  }
  if (reason === null) return pod.state === 'ContainerCreating' ? 'ContainerCreating' : 'Running';
  if (reason === 'Completed' && running) return 'Running';
  return reason as PodDisplayStatus;
}

/** The Pod's phase (pod-lifecycle.md): Pending until every container started, then Running; Succeeded/Failed once all ended for good. */
export function podPhase(pod: PodState): PodView['phase'] {
  // Only the kubelet moves the phase on from the Pending the apiserver wrote at create
  // (pkg/registry/core/pod/strategy.go PrepareForCreate): a Pod no kubelet admitted stays Pending, even
  // while Terminating.
  if (pod.awaitingKubelet) return 'Pending';
  switch (pod.state) {
    case 'Unscheduled':
    case 'ContainerCreating':
    case 'ErrImagePull':
      return 'Pending';
    case 'Exited':
      return pod.statuses.every((s) => 'terminated' in s.state && s.state.terminated.exitCode === 0)
        ? 'Succeeded'
        : 'Failed';
    case 'Terminated':
      return 'Succeeded';
    default:
      return 'Running';
  }
}

/** A container state in the API's shape, with RFC 3339 times. */
function stateView(state: ContainerRunState): ContainerStateView {
  if ('waiting' in state) return { waiting: { ...state.waiting } };
  if ('running' in state) return { running: { startedAt: simTimestamp(state.running.startedAtMs) } };
  const t = state.terminated;
  return {
    terminated: {
      exitCode: t.exitCode,
      reason: t.reason,
      startedAt: simTimestamp(t.startedAtMs),
      finishedAt: simTimestamp(t.finishedAtMs),
    },
  };
}

/** `status.containerStatuses` as the API serves them. */
export function containerStatusViews(pod: PodState): ContainerStatusView[] {
  return pod.spec.containers.map((c, i) => {
    const s = pod.statuses[i]!;
    return {
      name: c.name,
      image: c.image,
      ready: s.ready && !pod.deleting,
      restartCount: s.restartCount,
      started: 'running' in s.state,
      state: stateView(s.state),
      lastState: s.lastState ? stateView(s.lastState) : {},
    };
  });
}

/** A Pod view's `containerStatuses`: none until a kubelet reports the Pod (unbound, or its node silent). */
export function reportedContainerStatuses(pod: PodState): ContainerStatusView[] {
  return pod.nodeName === null || pod.awaitingKubelet ? [] : containerStatusViews(pod);
}

/** The public, plain view of a Pod. */
export function podView(pod: PodState): PodView {
  return {
    namespace: pod.namespace,
    name: pod.name,
    nodeName: pod.nodeName,
    phase: podPhase(pod),
    status: podDisplayStatus(pod),
    ready: pod.ready && !pod.deleting,
    ip: pod.ip,
    restarts: pod.restarts,
    labels: { ...pod.labels },
    owner: pod.owner ? { ...pod.owner } : null,
    reason: pod.reason,
    containers: pod.spec.containers.map((c) => ({
      name: c.name,
      image: c.image,
      ports: c.ports.map((p) => ({ ...p })),
    })),
    // Built on first read: a 10,000-Pod snapshot should not format 10,000 timestamps nobody looks at.
    get containerStatuses(): ContainerStatusView[] {
      const value = reportedContainerStatuses(pod);
      Object.defineProperty(this, 'containerStatuses', { value, enumerable: true, writable: true });
      return value;
    },
    createdAtMs: pod.createdAtMs,
  };
}
