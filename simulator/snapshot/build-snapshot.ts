import type { ClusterSnapshot, IngressMode, NodeView, ServiceView } from '../api-types.ts';
import { ownedReplicaSets } from '../controllers/deployment-controller.ts';
import type { ControlPlane } from '../controllers/control-plane.ts';
import { templateHash } from '../model/names.ts';
import { EVENT_HISTORY } from '../model/cluster-state.ts';
import { ingressHandledByTraefik, TRAEFIK_SERVICE } from '../network/ingress-class.ts';
import { loadBalancerIPs } from '../network/service-lb.ts';
import { resolveTargetPort, serviceEndpoints } from '../network/service-endpoints.ts';
import { podView } from './pod-view.ts';

const byName = <T extends { namespace: string; name: string }>(a: T, b: T): number =>
  a.namespace + '/' + a.name < b.namespace + '/' + b.name ? -1 : 1;

/** A plain, serializable picture of the cluster (what the view draws and kubectl prints). */
export function buildSnapshot(cp: ControlPlane, seed: number, ingressMode: IngressMode): ClusterSnapshot {
  const state = cp.state;
  // Sorted by the Pod map's own `ns/name` keys (byName's order): building both keys in every comparison
  // took ~0.5 s of a 150,000-Pod snapshot.
  const pods = [...state.pods].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, pod]) => podView(pod));
  // Pods and requests grouped by node once: O(pods + nodes), not O(pods × nodes).
  const podsByNode = new Map<string, typeof pods>();
  for (const p of pods)
    if (p.nodeName) (podsByNode.get(p.nodeName) ?? podsByNode.set(p.nodeName, []).get(p.nodeName)!).push(p);
  const requestedByNode = new Map<string, { cpuMillis: number; memoryBytes: number }>();
  for (const p of state.pods.values()) {
    if (!p.nodeName) continue;
    const sum =
      requestedByNode.get(p.nodeName) ??
      requestedByNode.set(p.nodeName, { cpuMillis: 0, memoryBytes: 0 }).get(p.nodeName)!;
    for (const c of p.spec.containers) {
      sum.cpuMillis += c.cpuMillis;
      sum.memoryBytes += c.memoryBytes;
    }
  }
  const nodes: NodeView[] = state.nodes.map((n) => {
    const onNode = podsByNode.get(n.name) ?? [];
    const sum = requestedByNode.get(n.name) ?? { cpuMillis: 0, memoryBytes: 0 };
    const requested = { cpuMillis: sum.cpuMillis, memoryBytes: sum.memoryBytes, pods: onNode.length };
    return {
      name: n.name,
      role: n.role,
      internalIP: n.internalIP,
      // The control plane only notices a silent kubelet after the grace period (Unreachable still reads Ready).
      ready: n.condition !== 'NotReady',
      unschedulable: n.unschedulable,
      labels: { ...n.labels },
      taints: n.taints.map((t) => ({ ...t })),
      capacity: { cpuMillis: n.cpuMillis, memoryBytes: n.memoryBytes, pods: n.maxPods },
      requested,
      pods: onNode,
    };
  });
  const services: ServiceView[] = [...state.services.values()].map((s) => ({
    namespace: s.namespace,
    name: s.name,
    type: s.type,
    clusterIP: s.clusterIP,
    dnsName: `${s.name}.${s.namespace}.svc.cluster.local`,
    ports: s.ports.map((p) => ({ ...p })),
    selector: s.selector ? { ...s.selector } : null,
    loadBalancerIPs: loadBalancerIPs(state, s),
    externalTrafficPolicy: s.externalTrafficPolicy,
    sessionAffinity: s.sessionAffinity,
    endpoints: serviceEndpoints(state, s).map((e) => ({
      ip: e.ip,
      ports: s.ports.map((p) => resolveTargetPort(e.pod, p.targetPort)),
      pod: `${e.pod.namespace}/${e.pod.name}`,
      nodeName: e.nodeName,
      ready: e.ready,
      serving: e.serving,
      terminating: e.terminating,
    })),
    createdAtMs: s.createdAtMs,
  }));
  services.sort(byName);
  const traefik = state.services.get(TRAEFIK_SERVICE);
  const traefikIPs = traefik ? loadBalancerIPs(state, traefik) : [];
  const ingresses = [...state.ingresses.values()].map((i) => ({
    namespace: i.namespace,
    name: i.name,
    className: i.className,
    addresses: ingressHandledByTraefik(state, i) ? traefikIPs : [],
    rules: i.rules.map((r) => ({
      host: r.host,
      paths: r.paths.map((p) => ({
        path: p.path,
        pathType: p.pathType,
        service: p.backend.service,
        port: p.backend.port,
      })),
    })),
    defaultBackend: i.defaultBackend ? { ...i.defaultBackend } : null,
    tlsHosts: [...i.tlsHosts],
    createdAtMs: i.createdAtMs,
  }));
  ingresses.sort(byName);
  const deployments = [...state.deployments.values()].map((d) => {
    const owned = ownedReplicaSets(cp.engine, d);
    const hash = templateHash(d.template);
    let replicas = 0;
    let ready = 0;
    let updated = 0;
    for (const rs of owned)
      for (const p of cp.pods.owned('ReplicaSet', rs.namespace, rs.name)) {
        if (p.deleting) continue;
        replicas++;
        if (p.ready) ready++;
        if (rs.templateHash === hash) updated++;
      }
    const current = owned.find((rs) => rs.templateHash === hash);
    const containers = Array.isArray(d.template.spec.containers)
      ? (d.template.spec.containers as Array<{ image?: unknown; name?: unknown }>)
      : [];
    return {
      namespace: d.namespace,
      name: d.name,
      replicas: d.replicas,
      readyReplicas: ready,
      updatedReplicas: updated,
      availableReplicas: ready,
      revision: current?.revision ?? 0,
      selector: { ...d.selector },
      images: containers.map((c) => String(c.image ?? '')),
      containers: containers.map((c) => String(c.name ?? '')),
      strategy: d.strategy.type,
      createdAtMs: d.createdAtMs,
      currentReplicas: replicas,
    };
  });
  const replicaSets = [...state.replicaSets.values()].map((rs) => {
    let ready = 0;
    let current = 0;
    for (const p of cp.pods.owned('ReplicaSet', rs.namespace, rs.name)) {
      if (p.deleting) continue;
      current++;
      if (p.ready) ready++;
    }
    const containers = Array.isArray(rs.template.spec.containers)
      ? (rs.template.spec.containers as Array<{ image?: unknown }>)
      : [];
    return {
      namespace: rs.namespace,
      name: rs.name,
      owner: rs.owner,
      replicas: rs.replicas,
      currentReplicas: current,
      readyReplicas: ready,
      revision: rs.revision,
      images: containers.map((c) => String(c.image ?? '')),
      selector: { ...rs.selector },
      createdAtMs: rs.createdAtMs,
    };
  });
  return {
    timeMs: cp.engine.nowMs,
    seed,
    ingressMode,
    namespaces: [...state.namespaces.keys()].sort(),
    nodes,
    pods,
    services,
    ingresses,
    deployments: deployments.map(({ currentReplicas: _c, ...d }) => d).sort(byName),
    replicaSets: replicaSets.sort(byName),
    events: state.events.slice(-EVENT_HISTORY).map((e) => ({ ...e, message: { ...e.message } })),
  };
}
