import type { NodeView } from '../api-types.ts';
import { conditionTaintKey, NODE_NOT_READY, NODE_UNREACHABLE } from '../model/node-taints.ts';
import { nodeStateNamed, type ObjectContext } from './object-context.ts';
import { apiTime, isJson, type Json, objectHead, objectMeta, stableHex, stableUid } from './object-meta.ts';
import { stableUuid } from './stable-ids.ts';

/** The k3s release the simulated cluster runs (k3s-io/docs release notes v1.37.X). */
export const K3S_VERSION = 'v1.37.1+k3s1';

/** A Node as the k3s kubelet reports it. */
export function nodeObject(ctx: ObjectContext, n: NodeView): Json {
  const since = (ms: number): string => apiTime(ctx, ms);
  // A fixed heartbeat: a moving one would change the Node (and wake every watch) on each tick.
  const heartbeat = since(0);
  // The conditions last changed when the node controller swapped its condition taints (they move together).
  const changedAt = since(nodeStateNamed(ctx, n.name)?.taintsAddedMs?.condition ?? 0);
  const ready = readyCondition(n);
  // A silent kubelet: the node lifecycle controller turns every kubelet condition Unknown, not only Ready
  // (node_lifecycle_controller.go tryUpdateNodeHealth, nodeConditionTypes).
  const silent = ready[0] === 'Unknown';
  const cond = (type: string, status: string, reason: string, message: string): Json => ({
    // A posting kubelet stamps both times when a condition changes (pkg/kubelet/nodestatus/setters.go
    // ReadyCondition); a silent one's heartbeat stays its last, never later than the controller's change.
    lastHeartbeatTime: silent ? heartbeat : changedAt,
    lastTransitionTime: changedAt,
    message: silent ? ready[2] : message,
    reason: silent ? ready[1] : reason,
    status: silent ? ready[0] : status,
    type,
  });
  // spec.podCIDR from the range allocator (simulator/model/cluster-cidr.ts); absent when none was left.
  const podCIDR = nodeStateNamed(ctx, n.name)?.podCIDR ?? undefined;
  const kib = Math.round(n.capacity.memoryBytes / 1024);
  return {
    ...objectHead(ctx, 'v1', 'Node', {
      name: n.name,
      createdAtMs: 0,
      labels: {
        // The kubelet sets both arch labels and nodeInfo.architecture from runtime.GOARCH.
        'beta.kubernetes.io/arch': n.labels['kubernetes.io/arch'] ?? 'amd64',
        'beta.kubernetes.io/instance-type': 'k3s',
        'beta.kubernetes.io/os': 'linux',
        'node.kubernetes.io/instance-type': 'k3s',
        ...n.labels,
      },
      annotations: {
        'alpha.kubernetes.io/provided-node-ip': n.internalIP,
        'flannel.alpha.coreos.com/backend-type': 'vxlan',
        'flannel.alpha.coreos.com/public-ip': n.internalIP,
        'k3s.io/hostname': n.name,
        'k3s.io/internal-ip': n.internalIP,
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    }),
    spec: {
      podCIDR,
      podCIDRs: podCIDR ? [podCIDR] : undefined,
      providerID: `k3s://${n.name}`,
      taints: n.taints.length || n.unschedulable ? taints(ctx, n) : undefined,
      unschedulable: n.unschedulable || undefined,
    },
    status: {
      addresses: [
        { address: n.internalIP, type: 'InternalIP' },
        { address: n.name, type: 'Hostname' },
      ],
      allocatable: {
        cpu: String(n.capacity.cpuMillis / 1000),
        'ephemeral-storage': '19586931083',
        memory: `${kib}Ki`,
        pods: String(n.capacity.pods),
      },
      capacity: {
        cpu: String(n.capacity.cpuMillis / 1000),
        'ephemeral-storage': '20134592Ki',
        memory: `${kib}Ki`,
        pods: String(n.capacity.pods),
      },
      conditions: [
        cond(
          'MemoryPressure',
          'False',
          'KubeletHasSufficientMemory',
          'kubelet has sufficient memory available',
        ),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', ...ready),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: n.labels['kubernetes.io/arch'] ?? 'amd64',
        bootID: uuid(`boot/${n.name}`),
        containerRuntimeVersion: 'containerd://2.3.4-k3s1',
        kernelVersion: '6.8.0-85-generic',
        kubeProxyVersion: K3S_VERSION,
        kubeletVersion: K3S_VERSION,
        machineID: stableHex(`machine/${n.name}`, 32),
        operatingSystem: 'linux',
        osImage: 'Ubuntu 24.04.3 LTS',
        systemUUID: uuid(`system/${n.name}`),
      },
    },
  };
}

function taints(ctx: ObjectContext, n: NodeView): Json[] {
  // The node lifecycle controller stamps its condition taints with timeAdded when it swaps them
  // (SwapNodeControllerTaint), as the apiserver does the cordon's unschedulable taint.
  const added = nodeStateNamed(ctx, n.name)?.taintsAddedMs ?? {};
  const out: Json[] = n.taints.map((t) =>
    t.key === NODE_NOT_READY || t.key === NODE_UNREACHABLE
      ? { effect: t.effect, key: t.key, timeAdded: apiTime(ctx, added.condition ?? 0) }
      : { effect: t.effect, key: t.key, value: t.value },
  );
  if (n.unschedulable)
    out.push({
      effect: 'NoSchedule',
      key: 'node.kubernetes.io/unschedulable',
      timeAdded: apiTime(ctx, added.unschedulable ?? 0),
    });
  return out;
}

/**
 * The Ready condition: True; False when the kubelet reports itself not ready (the node carries the not-ready
 * taint: no Pod network, kubelet_node_status.go); Unknown when the kubelet stopped posting (unreachable).
 */
function readyCondition(n: NodeView): [status: string, reason: string, message: string] {
  if (n.ready) return ['True', 'KubeletReady', 'kubelet is posting ready status'];
  if (conditionTaintKey(n.taints) === NODE_NOT_READY)
    return [
      'False',
      'KubeletNotReady',
      'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
    ];
  return ['Unknown', 'NodeStatusUnknown', 'Kubelet stopped posting node status.'];
}

/** A UUID laid out from the text's hash (no version digits: the kubelet reads the machine's). */
const uuid = (text: string): string => stableUuid(text, false);

/** Namespaces, with the `kubernetes.io/metadata.name` label the apiserver adds. */
export function namespaceObjects(ctx: ObjectContext): Json[] {
  return [...ctx.state.namespaces.entries()].map(([name, ns]) => ({
    ...objectHead(ctx, 'v1', 'Namespace', {
      name,
      createdAtMs: ctx.state.storedSinceMs.get(`Namespace//${name}`) ?? 0,
      labels: { ...ns.manifest?.metadata.labels, 'kubernetes.io/metadata.name': name },
      annotations: ns.manifest?.metadata.annotations,
    }),
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  }));
}

/** Objects the student applied that the simulator keeps without running them (ConfigMaps, Secrets…). */
export function storedObjects(ctx: ObjectContext, kind: string): Json[] {
  const out: Json[] = [];
  for (const [key, o] of ctx.state.inert) {
    if (o.kind !== kind) continue;
    const meta = o.metadata;
    out.push({
      ...o,
      ...(kind === 'Secret' ? { type: (o as Json).type ?? 'Opaque' } : {}),
      metadata: {
        ...meta,
        ...objectMeta(ctx, kind, {
          namespace: meta.namespace ?? 'default',
          name: meta.name,
          createdAtMs: ctx.state.storedSinceMs.get(key) ?? 0,
          labels: meta.labels,
          annotations: meta.annotations,
        }),
      },
    });
  }
  return out;
}

const CA =
  '-----BEGIN CERTIFICATE-----\nMIIBdjCCAR2gAwIBAgIBADAKBggqhkjOPQQDAjAjMSEwHwYDVQQDDBhrM3Mtc2Vy\n-----END CERTIFICATE-----\n';

/** What a fresh k3s has in ConfigMaps: kube-root-ca.crt in every namespace and kube-system's own. */
export function systemConfigMaps(ctx: ObjectContext): Json[] {
  const cm = (
    namespace: string,
    name: string,
    data: Record<string, string>,
    labels?: Record<string, string>,
    createdAtMs = 0,
  ): Json => ({
    apiVersion: 'v1',
    data,
    kind: 'ConfigMap',
    metadata: objectMeta(ctx, 'ConfigMap', { namespace, name, createdAtMs, labels }),
  });
  // kube-controller-manager's root-ca-cert-publisher writes kube-root-ca.crt as a namespace appears.
  const out = [...ctx.state.namespaces.keys()].map((ns) =>
    cm(ns, 'kube-root-ca.crt', { 'ca.crt': CA }, undefined, ctx.state.storedSinceMs.get(`Namespace//${ns}`)),
  );
  out.push(
    cm('kube-system', 'chart-content-traefik', {}),
    cm('kube-system', 'chart-content-traefik-crd', {}),
    cm('kube-system', 'cluster-dns', { clusterDNS: '10.43.0.10', clusterDomain: 'cluster.local' }),
    cm('kube-system', 'coredns', {
      Corefile:
        '.:53 {\n    errors\n    health\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n      pods insecure\n      fallthrough in-addr.arpa ip6.arpa\n    }\n    hosts /etc/coredns/NodeHosts {\n      ttl 60\n      reload 15s\n      fallthrough\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf\n    cache 30\n    loop\n    reload\n    loadbalance\n    import /etc/coredns/custom/*.override\n}\nimport /etc/coredns/custom/*.server\n',
      NodeHosts: ctx.state.nodes.map((n) => `${n.internalIP} ${n.name}`).join('\n'),
    }),
    cm('kube-system', 'extension-apiserver-authentication', { 'client-ca-file': CA }),
    cm('kube-system', 'kube-apiserver-legacy-service-account-token-tracking', { since: '2026-01-01' }),
    cm('kube-system', 'local-path-config', {
      'config.json':
        '{"nodePathMap":[{"node":"DEFAULT_PATH_FOR_NON_LISTED_NODES","paths":["/var/lib/rancher/k3s/storage"]}]}',
    }),
  );
  return out.filter(
    (o) => !ctx.state.inert.has(`ConfigMap/${(o.metadata as Json).namespace}/${(o.metadata as Json).name}`),
  );
}

/** kube-system's Secrets on a fresh k3s (serving cert, node passwords, Helm releases). */
export function systemSecrets(ctx: ObjectContext): Json[] {
  const secret = (name: string, type: string, keys: string[]): Json => ({
    apiVersion: 'v1',
    data: Object.fromEntries(keys.map((k) => [k, btoa(stableHex(name + k, 24))])),
    kind: 'Secret',
    metadata: objectMeta(ctx, 'Secret', { namespace: 'kube-system', name, createdAtMs: 0 }),
    type,
  });
  return [
    secret('chart-values-traefik', 'Opaque', ['values-01_HelmChart.yaml']),
    secret('chart-values-traefik-crd', 'Opaque', []),
    secret('k3s-serving', 'kubernetes.io/tls', ['tls.crt', 'tls.key']),
    ...ctx.state.nodes.map((n) => secret(`${n.name}.node-password.k3s`, 'Opaque', ['hash'])),
    secret('sh.helm.release.v1.traefik-crd.v1', 'helm.sh/release.v1', ['release']),
    secret('sh.helm.release.v1.traefik.v1', 'helm.sh/release.v1', ['release']),
  ];
}

/** The `default` ServiceAccount of every namespace plus the add-ons' own. */
export function serviceAccountObjects(ctx: ObjectContext): Json[] {
  // The serviceaccount controller makes `default` as a namespace appears: it is as old as its namespace.
  const sa = (namespace: string, name: string): Json =>
    objectHead(ctx, 'v1', 'ServiceAccount', {
      namespace,
      name,
      createdAtMs: ctx.state.storedSinceMs.get(`Namespace//${namespace}`) ?? 0,
    });
  const system = ['coredns', 'local-path-provisioner-service-account', 'metrics-server', 'svclb', 'traefik'];
  return [
    ...[...ctx.state.namespaces.keys()].map((ns) => sa(ns, 'default')),
    ...system.map((n) => sa('kube-system', n)),
  ];
}

/** k3s's local-path StorageClass (manifests/local-storage.yaml): the default class. */
export function storageClassObjects(ctx: ObjectContext): Json[] {
  return [
    {
      ...objectHead(ctx, 'storage.k8s.io/v1', 'StorageClass', {
        name: 'local-path',
        createdAtMs: 0,
        annotations: {
          defaultVolumeType: 'local',
          'objectset.rio.cattle.io/id': '',
          'storageclass.kubernetes.io/is-default-class': 'true',
        },
        labels: { 'objectset.rio.cattle.io/hash': '183f35c65ffbc3064603f43f1580d8c68a2dabd4' },
      }),
      provisioner: 'rancher.io/local-path',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'WaitForFirstConsumer',
    },
  ];
}

/** Is this a JSON object with a `metadata.name`? */
export const isNamed = (v: unknown): v is Json & { metadata: Json } => isJson(v) && isJson(v.metadata);

/** The kubelets' node leases in kube-node-lease (renewed every 10 s; the simulator shows the last renewal). */
export function leaseObjects(ctx: ObjectContext): Json[] {
  return ctx.snapshot.nodes.map((n) => ({
    ...objectHead(ctx, 'coordination.k8s.io/v1', 'Lease', {
      namespace: 'kube-node-lease',
      name: n.name,
      createdAtMs: 0,
      ownerReferences: [
        {
          apiVersion: 'v1',
          kind: 'Node',
          name: n.name,
          uid: stableUid('Node', null, n.name, 0),
        },
      ],
    }),
    spec: {
      holderIdentity: n.name,
      leaseDurationSeconds: 40,
      renewTime: apiTime(ctx, 0).replace('Z', '.000000Z'),
    },
  }));
}
