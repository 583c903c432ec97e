import type { Hop, IngressMode, PodView } from '../api-types.ts';
import type {
  ClusterState,
  NodeState,
  PodState,
  ServicePortState,
  ServiceState,
} from '../model/cluster-state.ts';
import { objectKey } from '../model/cluster-state.ts';
import { hopText } from './hop-texts.ts';
import { readPolicies, type PolicySet } from './network-policy.ts';
import { conformantMatcher } from './ingress/conformant-matcher.ts';
import type { IngressMatcher, IngressRoute } from './ingress/ingress-route.ts';
import { traefikMatcher } from './ingress/traefik-matcher.ts';
import { ingressHandledByTraefik, TRAEFIK_SERVICE } from './ingress-class.ts';
import { svclbNodeIPs } from './service-lb.ts';
import { resolveTargetPort, serviceEndpoints } from './service-endpoints.ts';

/** A ready endpoint of a Service port, with its hops built once. */
export interface EndpointTarget {
  pod: PodState;
  podKey: string;
  node: NodeState;
  port: number;
  /** False when the Pod declares ports and none is this one: nothing listens, the connection is refused. */
  listening: boolean;
  endpointHop: Hop;
  podHop: Hop;
}

/** A Service port and where it leads. */
export interface ServicePortEntry {
  service: ServiceState;
  serviceKey: string;
  port: ServicePortState;
  portIndex: number;
  targets: EndpointTarget[];
  targetsByNode: Map<string, EndpointTarget[]>;
  serviceHop: Hop;
  /** Entry and kube-proxy hops per node (index × 2, +1 when reached by NodePort), built on first use. */
  nodeHops: Array<{ entry: Hop; proxy: Hop } | undefined>;
  /** Traefik's own Service: requests continue into Ingress matching. */
  isIngressController: boolean;
}

/** What an Ingress path points at. */
export interface IngressTarget {
  serviceKey: string;
  servicePort: number | string;
  entry: ServicePortEntry | null;
}

/** Everything routing needs, rebuilt only when the cluster changes. */
export interface RoutingTable {
  version: number;
  mode: IngressMode;
  nodesByAddress: Map<string, NodeState>;
  entryNode: NodeState | null;
  nodePorts: Map<number, ServicePortEntry>;
  /** `nodeIP:port` where a svclb Pod holds a LoadBalancer port (the status IPs, and with Local the others too). */
  loadBalancers: Map<string, ServicePortEntry>;
  /** `clusterIP:port`. */
  clusterIPs: Map<string, ServicePortEntry>;
  /** Service DNS names (all short forms) → Service key. */
  dns: Map<string, string>;
  servicesByKey: Map<string, ServiceState>;
  entriesByService: Map<string, ServicePortEntry[]>;
  podsByIP: Map<string, PodState>;
  ingress: IngressMatcher<IngressTarget>;
  /** Hosts each Ingress (`ns/name`) lists under spec.tls. */
  ingressTls: Map<string, string[]>;
  podViews: Map<PodState, PodView>;
  /** The cluster's NetworkPolicies, or null when there are none (then nothing is checked). */
  policies: PolicySet | null;
  /** k3s `--cluster-cidr` of this cluster (ClusterState.clusterCidr), which tells Pod addresses from outside ones. */
  clusterCidr: string;
}

/** Builds the routing table for the current state. `podView` turns a Pod into its public view. */
export function buildRoutingTable(
  state: ClusterState,
  mode: IngressMode,
  version: number,
  podView: (pod: PodState) => PodView,
  traefikStrictPrefix = false,
): RoutingTable {
  const nodesByName = new Map(state.nodes.map((n) => [n.name, n]));
  const table: RoutingTable = {
    version,
    mode,
    nodesByAddress: new Map(),
    entryNode: state.nodes.find((n) => n.condition === 'Ready' && n.kubeletUp) ?? state.nodes[0] ?? null,
    nodePorts: new Map(),
    loadBalancers: new Map(),
    clusterIPs: new Map(),
    dns: new Map(),
    servicesByKey: new Map(),
    entriesByService: new Map(),
    podsByIP: new Map(),
    ingress: conformantMatcher<IngressTarget>([]),
    ingressTls: new Map(),
    podViews: new Map(),
    policies: readPolicies(state),
    clusterCidr: state.clusterCidr,
  };
  for (const n of state.nodes) {
    table.nodesByAddress.set(n.internalIP, n);
    table.nodesByAddress.set(n.name, n);
  }
  for (const pod of state.pods.values()) if (pod.ip && !pod.deleting) table.podsByIP.set(pod.ip, pod);
  for (const [key, service] of state.services) {
    table.servicesByKey.set(key, service);
    for (const name of [
      service.name + '.' + service.namespace,
      `${service.name}.${service.namespace}.svc`,
      `${service.name}.${service.namespace}.svc.cluster.local`,
    ])
      table.dns.set(name, key);
    const endpoints = serviceEndpoints(state, service).filter((e) => e.ready);
    const entries = service.ports.map((port, portIndex) => {
      const targets: EndpointTarget[] = [];
      for (const e of endpoints) {
        const number = resolveTargetPort(e.pod, port.targetPort);
        const node = nodesByName.get(e.nodeName);
        if (number === null || !node) continue;
        const declared = e.pod.spec.containers.flatMap((c) => c.ports.map((p) => p.containerPort));
        const podKey = objectKey(e.pod.namespace, e.pod.name);
        let view = table.podViews.get(e.pod);
        if (!view) table.podViews.set(e.pod, (view = podView(e.pod)));
        targets.push({
          pod: e.pod,
          podKey,
          node,
          port: number,
          listening: declared.length === 0 || declared.includes(number),
          endpointHop: {
            kind: 'endpoint',
            name: `${e.ip}:${number}`,
            detail: hopText('endpoint-hop', { service: key, node: node.name }),
          },
          podHop: {
            kind: 'pod',
            name: `${podKey}:${number}`,
            detail: hopText('pod-hop', { pod: podKey, ip: e.ip, node: node.name, port: number }),
          },
        });
      }
      const byNode = new Map<string, EndpointTarget[]>();
      for (const t of targets) {
        const list = byNode.get(t.node.name);
        if (list) list.push(t);
        else byNode.set(t.node.name, [t]);
      }
      const entry: ServicePortEntry = {
        service,
        serviceKey: key,
        port,
        portIndex,
        targets,
        targetsByNode: byNode,
        nodeHops: [],
        isIngressController: key === TRAEFIK_SERVICE,
        serviceHop: {
          kind: 'service',
          name: key,
          detail: hopText('service-hop', {
            service: key,
            type: service.type,
            clusterIP: service.clusterIP,
            port: port.port,
            targetPort: port.targetPort,
            ready: targets.length,
          }),
        },
      };
      if (port.nodePort !== null && service.type !== 'ClusterIP') table.nodePorts.set(port.nodePort, entry);
      if (service.clusterIP !== 'None') table.clusterIPs.set(`${service.clusterIP}:${port.port}`, entry);
      return entry;
    });
    table.entriesByService.set(key, entries);
    for (const ip of svclbNodeIPs(state, service))
      for (const entry of entries) table.loadBalancers.set(`${ip}:${entry.port.port}`, entry);
  }
  const routes: IngressRoute<IngressTarget>[] = [];
  const ingresses = [...state.ingresses.values()]
    .filter((i) => ingressHandledByTraefik(state, i))
    .sort((a, b) => a.uid - b.uid);
  const target = (namespace: string, service: string, port: number | string): IngressTarget => {
    const serviceKey = objectKey(namespace, service);
    const entries = table.entriesByService.get(serviceKey) ?? [];
    const entry =
      entries.find((e) => (typeof port === 'number' ? e.port.port === port : e.port.name === port)) ?? null;
    return { serviceKey, servicePort: port, entry };
  };
  for (const ing of ingresses) {
    const name = objectKey(ing.namespace, ing.name);
    table.ingressTls.set(name, ing.tlsHosts);
    for (const rule of ing.rules)
      for (const p of rule.paths)
        routes.push({
          ingress: name,
          host: rule.host,
          path: p.path,
          pathType: p.pathType,
          backend: target(ing.namespace, p.backend.service, p.backend.port),
          isDefault: false,
        });
    if (ing.defaultBackend)
      routes.push({
        ingress: name,
        host: null,
        path: '/',
        pathType: 'Prefix',
        backend: target(ing.namespace, ing.defaultBackend.service, ing.defaultBackend.port),
        isDefault: true,
      });
  }
  // Traefik skips a router whose Service does not exist (it logs an error); the spec answers 503 instead.
  table.ingress =
    mode === 'traefik'
      ? traefikMatcher(
          routes.filter((r) => r.backend.entry !== null),
          traefikStrictPrefix,
        )
      : conformantMatcher(routes);
  return table;
}
