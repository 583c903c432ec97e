import type { PodDisplayStatus, PodView } from '../api-types.ts';
import type { PodState } from '../model/cluster-state.ts';

/** kubectl's STATUS column for a Pod. */
export function podDisplayStatus(pod: PodState): PodDisplayStatus {
  if (pod.deleting) return 'Terminating';
  switch (pod.state) {
    case 'Unscheduled':
      return 'Pending';
    case 'ContainerCreating':
      return 'ContainerCreating';
    case 'Running':
      return 'Running';
    case 'CrashLoopBackOff':
      return pod.reason === 'Error' ? 'Error' : 'CrashLoopBackOff';
    case 'ErrImagePull':
      return pod.reason === 'ImagePullBackOff' ? 'ImagePullBackOff' : 'ErrImagePull';
    case 'Terminating':
      return 'Terminating';
    case 'Terminated':
      return 'Completed';
  }
}

/** The Pod's phase (pod-lifecycle.md): Pending until every container started, then Running. */
export function podPhase(pod: PodState): PodView['phase'] {
  return pod.state === 'Unscheduled' || pod.state === 'ContainerCreating' || pod.state === 'ErrImagePull'
    ? 'Pending'
    : pod.state === 'Terminated'
      ? 'Succeeded'
      : 'Running';
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
    createdAtMs: pod.createdAtMs,
  };
}
