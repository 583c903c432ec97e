import type { ClusterState, PodState, ServiceState } from '../model/cluster-state.ts';

/** One address of a Service's EndpointSlices. */
export interface ServiceEndpoint {
  pod: PodState;
  ip: string;
  nodeName: string;
  /** Pod Ready and not terminating: the only endpoints kube-proxy sends new traffic to. */
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

/** True when every selector label is on the Pod. */
export function selectorMatches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  for (const key in selector) if (labels[key] !== selector[key]) return false;
  return true;
}

/**
 * The EndpointSlice controller's view of a Service: Pods in its namespace matching its selector that have
 * an IP, with the ready/serving/terminating conditions (kubernetes.io/docs/concepts/services-networking/endpoint-slices/).
 * A Service without selector gets no endpoints.
 */
export function serviceEndpoints(state: ClusterState, service: ServiceState): ServiceEndpoint[] {
  const selector = service.selector;
  if (!selector || Object.keys(selector).length === 0) return [];
  const out: ServiceEndpoint[] = [];
  for (const pod of state.pods.values()) {
    if (
      pod.namespace !== service.namespace ||
      !pod.ip ||
      !pod.nodeName ||
      !selectorMatches(selector, pod.labels)
    )
      continue;
    out.push({
      pod,
      ip: pod.ip,
      nodeName: pod.nodeName,
      ready: pod.ready && !pod.deleting,
      serving: pod.ready,
      terminating: pod.deleting,
    });
  }
  return out.sort((a, b) => (a.pod.name < b.pod.name ? -1 : 1));
}

/**
 * The container port a Service targetPort means on one Pod: a number as is, a name looked up in the Pod's
 * container ports (so different Pods may use different numbers); null when the Pod has no port of that name.
 */
export function resolveTargetPort(pod: PodState, targetPort: number | string): number | null {
  if (typeof targetPort === 'number') return targetPort;
  if (/^\d+$/.test(targetPort)) return Number(targetPort);
  for (const c of pod.spec.containers)
    for (const p of c.ports) if (p.name === targetPort) return p.containerPort;
  return null;
}
