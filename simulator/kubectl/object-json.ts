import type {
  ClusterSnapshot,
  DeploymentView,
  IngressView,
  NodeView,
  PodView,
  ReplicaSetView,
  ServiceView,
} from '../api-types.ts';

type Json = Record<string, unknown>;
const K8S_VERSION = 'v1.37.1+k3s1';
const time = (snap: ClusterSnapshot, ms: number): string =>
  new Date(Date.UTC(2026, 0, 1) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A Pod as `kubectl get pod -o yaml` shows it (the fields the simulator models). */
export function podObject(snap: ClusterSnapshot, p: PodView): Json {
  const node = snap.nodes.find((n) => n.name === p.nodeName);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: p.name,
      namespace: p.namespace,
      labels: p.labels,
      creationTimestamp: time(snap, p.createdAtMs),
      ...(p.owner
        ? {
            ownerReferences: [
              {
                apiVersion: p.owner.kind === 'ReplicaSet' ? 'apps/v1' : 'apps/v1',
                kind: p.owner.kind,
                name: p.owner.name,
                controller: true,
              },
            ],
          }
        : {}),
    },
    spec: {
      nodeName: p.nodeName ?? undefined,
      containers: p.containers.map((c) => ({
        name: c.name,
        image: c.image,
        ports: c.ports.length
          ? c.ports.map((x) => ({
              ...(x.name ? { name: x.name } : {}),
              containerPort: x.containerPort,
              protocol: x.protocol,
            }))
          : undefined,
      })),
    },
    status: {
      phase: p.phase,
      conditions: [
        {
          type: 'PodScheduled',
          status: p.nodeName ? 'True' : 'False',
          ...(p.reason && !p.nodeName ? { reason: 'Unschedulable', message: p.reason } : {}),
        },
        { type: 'Ready', status: p.ready ? 'True' : 'False' },
      ],
      hostIP: node?.internalIP,
      podIP: p.ip ?? undefined,
      containerStatuses: p.containerStatuses.length ? p.containerStatuses : undefined,
    },
  };
}

/** A Deployment object. */
export function deploymentObject(snap: ClusterSnapshot, d: DeploymentView): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: d.name,
      namespace: d.namespace,
      creationTimestamp: time(snap, d.createdAtMs),
      annotations: { 'deployment.kubernetes.io/revision': String(d.revision) },
    },
    spec: {
      replicas: d.replicas,
      selector: { matchLabels: d.selector },
      strategy: { type: d.strategy },
      template: {
        metadata: { labels: d.selector },
        spec: { containers: d.containers.map((name, i) => ({ name, image: d.images[i] })) },
      },
    },
    status: {
      replicas: d.replicas,
      readyReplicas: d.readyReplicas,
      updatedReplicas: d.updatedReplicas,
      availableReplicas: d.availableReplicas,
    },
  };
}

/** A ReplicaSet object. */
export function replicaSetObject(snap: ClusterSnapshot, rs: ReplicaSetView): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: rs.name,
      namespace: rs.namespace,
      creationTimestamp: time(snap, rs.createdAtMs),
      annotations: { 'deployment.kubernetes.io/revision': String(rs.revision) },
      ...(rs.owner
        ? {
            ownerReferences: [
              { apiVersion: 'apps/v1', kind: 'Deployment', name: rs.owner, controller: true },
            ],
          }
        : {}),
    },
    spec: { replicas: rs.replicas, selector: { matchLabels: rs.selector } },
    status: { replicas: rs.currentReplicas, readyReplicas: rs.readyReplicas },
  };
}

/** A Service object. */
export function serviceObject(snap: ClusterSnapshot, s: ServiceView): Json {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.name, namespace: s.namespace, creationTimestamp: time(snap, s.createdAtMs) },
    spec: {
      type: s.type,
      clusterIP: s.clusterIP,
      selector: s.selector ?? undefined,
      ports: s.ports.map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        protocol: p.protocol,
        port: p.port,
        targetPort: p.targetPort,
        ...(p.nodePort !== null ? { nodePort: p.nodePort } : {}),
      })),
      externalTrafficPolicy:
        s.type === 'NodePort' || s.type === 'LoadBalancer' ? s.externalTrafficPolicy : undefined,
      sessionAffinity: s.sessionAffinity,
    },
    status: {
      loadBalancer: s.loadBalancerIPs.length
        ? { ingress: s.loadBalancerIPs.map((ip) => ({ ip, ipMode: 'VIP' })) }
        : {},
    },
  };
}

/** The EndpointSlice-derived Endpoints object of a Service. */
export function endpointsObject(s: ServiceView): Json {
  const ready = s.endpoints.filter((e) => e.ready);
  const notReady = s.endpoints.filter((e) => !e.ready);
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: { name: s.name, namespace: s.namespace },
    subsets: s.endpoints.length
      ? [
          {
            addresses: ready.map((e) => ({
              ip: e.ip,
              nodeName: e.nodeName,
              targetRef: { kind: 'Pod', name: e.pod.split('/')[1], namespace: s.namespace },
            })),
            ...(notReady.length
              ? { notReadyAddresses: notReady.map((e) => ({ ip: e.ip, nodeName: e.nodeName })) }
              : {}),
            ports: s.ports.map((p) => ({
              ...(p.name ? { name: p.name } : {}),
              port: typeof p.targetPort === 'number' ? p.targetPort : p.port,
              protocol: p.protocol,
            })),
          },
        ]
      : undefined,
  };
}

/** An Ingress object. */
export function ingressObject(snap: ClusterSnapshot, i: IngressView): Json {
  const backend = (b: { service: string; port: number | string }) => ({
    service: { name: b.service, port: typeof b.port === 'number' ? { number: b.port } : { name: b.port } },
  });
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: i.name, namespace: i.namespace, creationTimestamp: time(snap, i.createdAtMs) },
    spec: {
      ingressClassName: i.className ?? undefined,
      defaultBackend: i.defaultBackend ? backend(i.defaultBackend) : undefined,
      rules: i.rules.map((r) => ({
        ...(r.host ? { host: r.host } : {}),
        http: { paths: r.paths.map((p) => ({ path: p.path, pathType: p.pathType, backend: backend(p) })) },
      })),
    },
    status: { loadBalancer: i.addresses.length ? { ingress: i.addresses.map((ip) => ({ ip })) } : {} },
  };
}

/** A Node object. */
export function nodeObject(n: NodeView): Json {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: n.name, labels: n.labels },
    spec: {
      podCIDR: undefined,
      unschedulable: n.unschedulable || undefined,
      taints: n.taints.length ? n.taints : undefined,
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: n.internalIP },
        { type: 'Hostname', address: n.name },
      ],
      capacity: {
        cpu: String(n.capacity.cpuMillis / 1000),
        memory: `${Math.round(n.capacity.memoryBytes / 1024)}Ki`,
        pods: String(n.capacity.pods),
      },
      conditions: [
        {
          type: 'Ready',
          status: n.ready ? 'True' : 'Unknown',
          reason: n.ready ? 'KubeletReady' : 'NodeStatusUnknown',
        },
      ],
      nodeInfo: {
        kubeletVersion: K8S_VERSION,
        containerRuntimeVersion: 'containerd://2.3.4-k3s1',
        osImage: 'Ubuntu 24.04.3 LTS',
        operatingSystem: 'linux',
        architecture: n.labels['kubernetes.io/arch'] ?? 'amd64',
      },
    },
  };
}

/** The version kubectl get nodes prints. */
export const NODE_VERSION = K8S_VERSION;

/** Drops undefined fields so YAML and JSON output stay clean. */
export function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
