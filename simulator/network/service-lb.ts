import type { ClusterState, NodeState, PodState, ServiceState } from '../model/cluster-state.ts';
import { serviceEndpoints } from './service-endpoints.ts';

/** Name of the svclb DaemonSet for a Service: `svclb-<name ≤48>-<first 8 of uid>` (k3s pkg/cloudprovider/servicelb.go). */
export function svclbName(service: ServiceState): string {
  return `svclb-${service.name.slice(0, 48)}-${((service.uid * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, 8)}`;
}

/** The svclb Pods of a LoadBalancer Service. */
export function svclbPods(state: ClusterState, service: ServiceState): PodState[] {
  const name = svclbName(service);
  const out: PodState[] = [];
  for (const pod of state.pods.values())
    if (pod.namespace === 'kube-system' && pod.owner?.kind === 'DaemonSet' && pod.owner.name === name)
      out.push(pod);
  return out;
}

/**
 * k3s ServiceLB status: the IPs of nodes running a Ready svclb Pod of the Service (InternalIPs here);
 * with externalTrafficPolicy Local, only nodes that also hold a ready endpoint (servicelb.go getStatus).
 */
export function loadBalancerIPs(state: ClusterState, service: ServiceState): string[] {
  let names = svclbNodeNames(state, service);
  if (service.externalTrafficPolicy === 'Local') {
    const local = new Set(
      serviceEndpoints(state, service)
        .filter((e) => e.ready)
        .map((e) => e.nodeName),
    );
    names = names.filter((n) => local.has(n));
  }
  return nodeIPs(state, names);
}

/**
 * The IPs of nodes where a Ready svclb Pod holds the Service's ports as host ports: traffic to these
 * node:port pairs reaches svclb even when the node is not in the status (externalTrafficPolicy Local
 * without a local endpoint; k3s-io/klipper-lb `entry` then DNATs to hostIP:nodePort).
 */
export function svclbNodeIPs(state: ClusterState, service: ServiceState): string[] {
  return nodeIPs(state, svclbNodeNames(state, service));
}

function svclbNodeNames(state: ClusterState, service: ServiceState): string[] {
  if (service.type !== 'LoadBalancer') return [];
  const nodes = new Map<string, NodeState>(state.nodes.map((n) => [n.name, n]));
  return svclbPods(state, service)
    .filter((p) => p.ready && p.nodeName && nodes.get(p.nodeName)?.condition !== 'NotReady')
    .map((p) => p.nodeName as string);
}

function nodeIPs(state: ClusterState, names: string[]): string[] {
  const byName = new Map<string, NodeState>(state.nodes.map((n) => [n.name, n]));
  return names.map((n) => byName.get(n)!.internalIP).sort();
}
