import type { KubeObject, NodeSpec, SimEvent, Taint } from '../api-types.ts';
import { WORK_LIMITS } from './work-limits.ts';
import { DEFAULT_CLUSTER_CIDR } from './cluster-cidr.ts';
import type { NodeConditionState } from '../lifecycles/node-lifecycle.ts';
import type { PodPhaseState } from '../lifecycles/pod-lifecycle.ts';

/** A container as the simulator runs it. */
export interface ContainerState {
  name: string;
  image: string;
  ports: Array<{ name: string | null; containerPort: number; protocol: string }>;
  cpuMillis: number;
  memoryBytes: number;
  /** ms after start when readiness first succeeds; null = no readiness probe (Ready at once). */
  readinessDelayMs: number | null;
  /** How the container's process ends: its exit code after `afterMs` of running; null = it keeps running. */
  exit: { code: number; afterMs: number } | null;
}

/** One container state as in the Kubernetes API (ContainerState), with times in simulation ms. */
export type ContainerRunState =
  | { waiting: { reason: string; message?: string } }
  | { running: { startedAtMs: number } }
  | {
      terminated: {
        exitCode: number;
        reason: string;
        startedAtMs: number;
        finishedAtMs: number;
        message?: string;
      };
    };

/** What the kubelet reports of one container (ContainerStatus: state, lastState, restartCount, ready). */
export interface ContainerRuntime {
  state: ContainerRunState;
  lastState: ContainerRunState | null;
  restartCount: number;
  ready: boolean;
  /** The kubelet's restart back-off for this container (0 = the next restart is immediate). */
  backoffMs: number;
}

/** Toleration as in PodSpec. */
export interface Toleration {
  key?: string;
  operator?: 'Exists' | 'Equal';
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

/** What the simulator needs of a Pod spec. */
export interface PodSpecModel {
  containers: ContainerState[];
  nodeSelector: Record<string, string>;
  tolerations: Toleration[];
  nodeName: string | null;
  /** Host ports the Pod binds on its node (svclb Pods do). */
  hostPorts: number[];
  /** Simulated behaviour from the annotation `sim.faaslab.dev/behavior`: run, crash, not-ready, image-pull-error. */
  behavior: 'run' | 'crash' | 'not-ready' | 'image-pull-error';
  /** PodSpec restartPolicy (default Always). */
  restartPolicy: 'Always' | 'OnFailure' | 'Never';
}

/** A Pod in the cluster. */
export interface PodState {
  uid: number;
  namespace: string;
  name: string;
  labels: Record<string, string>;
  spec: PodSpecModel;
  owner: { kind: string; name: string } | null;
  /** The manifest when the student applied this Pod directly (for export). */
  manifest: KubeObject | null;
  nodeName: string | null;
  state: PodPhaseState;
  ready: boolean;
  ip: string | null;
  restarts: number;
  /** Per container, in spec order: the kubelet's ContainerStatus. */
  statuses: ContainerRuntime[];
  reason: string | null;
  createdAtMs: number;
  startedAtMs: number | null;
  backoffMs: number;
  /** True once deletion started (kubectl shows Terminating). */
  deleting: boolean;
  /** Pod-template-hash for ReplicaSet pods. */
  templateHash: string | null;
  /** Bumped on every state change so stale timers can tell they are stale. */
  generation: number;
  /**
   * Bound to a node whose kubelet had already stopped (still Ready within node-monitor-grace-period, so the
   * scheduler took it): no kubelet has seen the Pod, so it has no container statuses and no IP, and reads
   * Pending until the kubelet returns or the Pod is evicted.
   */
  awaitingKubelet?: boolean;
}

/** A node. */
export interface NodeState {
  name: string;
  role: 'server' | 'agent';
  index: number;
  internalIP: string;
  cpuMillis: number;
  memoryBytes: number;
  maxPods: number;
  labels: Record<string, string>;
  taints: Taint[];
  /** The kubelet is up (false after failNode). */
  kubeletUp: boolean;
  /** Ready condition as the control plane sees it (the node lifecycle statechart). */
  condition: NodeConditionState;
  unschedulable: boolean;
  /**
   * Simulation ms when the node controller last swapped its Ready-condition taints, and when the node was
   * cordoned: the taints' `timeAdded` (absent: since the cluster started).
   */
  taintsAddedMs?: { condition?: number; unschedulable?: number };
  generation: number;
  /** spec.podCIDR, the node's /24 of the cluster CIDR; null when none was left (simulator/model/cluster-cidr.ts). */
  podCIDR?: string | null;
}

/** A ReplicaSet. */
export interface ReplicaSetState {
  namespace: string;
  name: string;
  uid: number;
  owner: string | null;
  replicas: number;
  selector: Record<string, string>;
  template: PodTemplate;
  templateHash: string;
  revision: number;
  manifest: KubeObject | null;
  createdAtMs: number;
}

/** A Pod template (metadata labels/annotations and the raw spec). */
export interface PodTemplate {
  metadata: { labels: Record<string, string>; annotations: Record<string, string> };
  spec: Record<string, unknown>;
}

/** A Deployment. */
export interface DeploymentState {
  namespace: string;
  name: string;
  uid: number;
  replicas: number;
  selector: Record<string, string>;
  template: PodTemplate;
  strategy: {
    type: 'RollingUpdate' | 'Recreate';
    maxSurge: number | string;
    maxUnavailable: number | string;
  };
  revisionHistoryLimit: number;
  manifest: KubeObject;
  /** System add-ons (traefik, coredns…) are not exported. */
  system: boolean;
  createdAtMs: number;
}

/** A Service port after defaults. */
export interface ServicePortState {
  name: string | null;
  protocol: string;
  port: number;
  targetPort: number | string;
  nodePort: number | null;
}

/** A Service. */
export interface ServiceState {
  namespace: string;
  name: string;
  uid: number;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  clusterIP: string;
  ports: ServicePortState[];
  selector: Record<string, string> | null;
  externalTrafficPolicy: 'Cluster' | 'Local';
  sessionAffinity: 'None' | 'ClientIP';
  affinityTimeoutMs: number;
  manifest: KubeObject;
  system: boolean;
  createdAtMs: number;
}

/** A backend reference of an Ingress. */
export interface IngressBackendRef {
  service: string;
  port: number | string;
}

/** An Ingress. */
export interface IngressState {
  namespace: string;
  name: string;
  uid: number;
  className: string | null;
  classAnnotation: string | null;
  rules: Array<{
    host: string | null;
    paths: Array<{
      path: string;
      pathType: 'Exact' | 'Prefix' | 'ImplementationSpecific';
      backend: IngressBackendRef;
    }>;
  }>;
  defaultBackend: IngressBackendRef | null;
  tlsHosts: string[];
  manifest: KubeObject;
  createdAtMs: number;
}

/** Everything in the cluster. Controllers read and write it; nothing else holds state. */
export interface ClusterState {
  nodes: NodeState[];
  namespaces: Map<string, { manifest: KubeObject | null; system: boolean }>;
  pods: Map<string, PodState>;
  replicaSets: Map<string, ReplicaSetState>;
  deployments: Map<string, DeploymentState>;
  services: Map<string, ServiceState>;
  ingresses: Map<string, IngressState>;
  /** IngressClasses by name; createdAtMs is when it was first stored (an update keeps it). */
  ingressClasses: Map<
    string,
    { controller: string; isDefault: boolean; manifest: KubeObject | null; createdAtMs: number }
  >;
  /** ConfigMaps, Secrets and kinds the simulator keeps but does not run, by `Kind/ns/name`. */
  inert: Map<string, KubeObject>;
  /** When each stored object (an inert one, a namespace) was created, sim ms, by `Kind/ns/name`. */
  storedSinceMs: Map<string, number>;
  /** Newest last; may hold up to twice {@link EVENT_HISTORY} between trims (readers take the last EVENT_HISTORY). */
  events: SimEvent[];
  nextUid: number;
  /** k3s `--cluster-cidr`, which Pod IPs come from and kube-proxy masquerades against (default 10.42.0.0/16). */
  clusterCidr: string;
}

/** The `ns/name` key used by every map of namespaced objects. */
export function objectKey(namespace: string, name: string): string {
  return `${namespace}/${name}`;
}

/**
 * The default nodes (k3s-server, k3s-agent-1…) of one architecture: `arm` for the course's Raspberry Pi
 * cluster (armv7, where its armv7 images run), `arm64`, or `amd64` (the default).
 */
export function nodesWithArch(count: number, arch: 'amd64' | 'arm64' | 'arm'): NodeSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    name: i === 0 ? 'k3s-server' : `k3s-agent-${i}`,
    role: i === 0 ? ('server' as const) : ('agent' as const),
    labels: { 'kubernetes.io/arch': arch },
  }));
}

/** Builds the node list from the options: default one server and two agents. */
export function buildNodes(spec: number | NodeSpec[] | undefined): NodeState[] {
  const list: NodeSpec[] = Array.isArray(spec)
    ? spec
    : Array.from({ length: Math.max(1, Math.min(WORK_LIMITS.scenarioNodes.ours, spec ?? 3)) }, (_, i) => ({
        name: i === 0 ? 'k3s-server' : `k3s-agent-${i}`,
        role: i === 0 ? 'server' : 'agent',
      }));
  return list.map((n, index) => ({
    name: n.name,
    role: n.role,
    index,
    internalIP: n.internalIP ?? defaultNodeIP(index),
    cpuMillis: n.cpuMillis ?? 2000,
    memoryBytes: n.memoryBytes ?? 4 * 1024 ** 3,
    maxPods: n.maxPods ?? 110,
    labels: {
      'kubernetes.io/hostname': n.name,
      'kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      ...(n.role === 'server'
        ? { 'node-role.kubernetes.io/control-plane': 'true', 'node-role.kubernetes.io/master': 'true' }
        : {}),
      ...n.labels,
    },
    taints: n.taints ?? [],
    kubeletUp: true,
    condition: 'Ready',
    unschedulable: false,
    generation: 0,
  }));
}

/** An empty cluster with the given nodes. */
export function emptyClusterState(nodes: NodeState[]): ClusterState {
  return {
    nodes,
    namespaces: new Map(),
    pods: new Map(),
    replicaSets: new Map(),
    deployments: new Map(),
    services: new Map(),
    ingresses: new Map(),
    ingressClasses: new Map(),
    inert: new Map(),
    storedSinceMs: new Map(),
    events: [],
    nextUid: 1,
    clusterCidr: DEFAULT_CLUSTER_CIDR,
  };
}

/** 192.168.1.10, .11, … then further /24s for big benchmark clusters. */
function defaultNodeIP(index: number): string {
  if (index < 240) return `192.168.1.${10 + index}`;
  const rest = index - 240;
  return `192.168.${2 + Math.floor(rest / 250)}.${1 + (rest % 250)}`;
}

/** How many cluster events are kept (kubectl get events shows the newest). */
export const EVENT_HISTORY = 1000;
