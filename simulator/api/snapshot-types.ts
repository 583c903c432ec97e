/** A snapshot of the cluster at one moment: Pods (with container statuses), nodes, Services, Ingresses, workloads, events. */
import type { IngressMode, Taint } from './simulation-options.ts';
import type { Bilingual } from '../../core/index.ts';

/** kubectl's STATUS column values for a Pod. */
export type PodDisplayStatus =
  | 'Pending'
  | 'ContainerCreating'
  | 'Running'
  | 'Terminating'
  | 'CrashLoopBackOff'
  | 'Error'
  | 'Completed'
  | 'ErrImagePull'
  | 'ImagePullBackOff'
  | 'InvalidImageName';

/** A container state as the Kubernetes API serves it (ContainerState): exactly one key is set. */
export interface ContainerStateView {
  waiting?: { reason: string; message?: string };
  running?: { startedAt: string };
  terminated?: { exitCode: number; reason: string; startedAt: string; finishedAt: string; message?: string };
}

/** `status.containerStatuses[i]` of a Pod, in the API's shape (RFC 3339 times). */
export interface ContainerStatusView {
  name: string;
  image: string;
  ready: boolean;
  restartCount: number;
  started: boolean;
  state: ContainerStateView;
  /** The previous run's end (`terminated`), or `{}` when it never ended. */
  lastState: ContainerStateView;
}

/** A container port of a Pod. */
export interface ContainerPortView {
  name: string | null;
  containerPort: number;
  protocol: string;
}

/** A Pod in a snapshot. */
export interface PodView {
  namespace: string;
  name: string;
  nodeName: string | null;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
  status: PodDisplayStatus;
  ready: boolean;
  ip: string | null;
  restarts: number;
  labels: Record<string, string>;
  owner: { kind: string; name: string } | null;
  /** Why it is not running, as kubectl describe shows it (e.g. the scheduler's FailedScheduling message). */
  reason: string | null;
  containers: Array<{ name: string; image: string; ports: ContainerPortView[] }>;
  /** The kubelet's container statuses (empty until the Pod is bound to a node). */
  containerStatuses: ContainerStatusView[];
  createdAtMs: number;
}

/** A node in a snapshot, with the Pods bound to it. */
export interface NodeView {
  name: string;
  role: 'server' | 'agent';
  internalIP: string;
  ready: boolean;
  unschedulable: boolean;
  labels: Record<string, string>;
  taints: Taint[];
  capacity: { cpuMillis: number; memoryBytes: number; pods: number };
  requested: { cpuMillis: number; memoryBytes: number; pods: number };
  pods: PodView[];
}

/** One endpoint of a Service (from its EndpointSlices). */
export interface EndpointView {
  ip: string;
  /** The container port each Service port resolves to on this Pod (null: the Pod lacks that named port). */
  ports: Array<number | null>;
  pod: string;
  nodeName: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

/** One port of a Service. */
export interface ServicePortView {
  name: string | null;
  protocol: string;
  port: number;
  targetPort: number | string;
  nodePort: number | null;
}

/** A Service in a snapshot. */
export interface ServiceView {
  namespace: string;
  name: string;
  type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
  /** `None` for a headless Service. */
  clusterIP: string;
  dnsName: string;
  ports: ServicePortView[];
  selector: Record<string, string> | null;
  /** ServiceLB status IPs (node IPs); empty while pending. */
  loadBalancerIPs: string[];
  externalTrafficPolicy: 'Cluster' | 'Local';
  sessionAffinity: 'None' | 'ClientIP';
  endpoints: EndpointView[];
  createdAtMs: number;
}

/** An Ingress path in a snapshot. */
export interface IngressPathView {
  path: string;
  pathType: 'Exact' | 'Prefix' | 'ImplementationSpecific';
  service: string;
  port: number | string;
}

/** An Ingress in a snapshot. */
export interface IngressView {
  namespace: string;
  name: string;
  className: string | null;
  /** Node IPs from Traefik's LoadBalancer Service; empty when no controller handles this Ingress. */
  addresses: string[];
  rules: Array<{ host: string | null; paths: IngressPathView[] }>;
  defaultBackend: { service: string; port: number | string } | null;
  /** Hosts listed under spec.tls (served on 443). */
  tlsHosts: string[];
  createdAtMs: number;
}

/** A Deployment in a snapshot. */
export interface DeploymentView {
  namespace: string;
  name: string;
  replicas: number;
  readyReplicas: number;
  updatedReplicas: number;
  availableReplicas: number;
  revision: number;
  selector: Record<string, string>;
  images: string[];
  /** Container names, in template order (kubectl -o wide CONTAINERS). */
  containers: string[];
  strategy: 'RollingUpdate' | 'Recreate';
  createdAtMs: number;
}

/** A ReplicaSet in a snapshot. */
export interface ReplicaSetView {
  namespace: string;
  name: string;
  owner: string | null;
  replicas: number;
  /** Pods that exist now (not terminating). */
  currentReplicas: number;
  readyReplicas: number;
  revision: number;
  images: string[];
  selector: Record<string, string>;
  createdAtMs: number;
}

/** A cluster event (kubectl get events). */
export interface SimEvent {
  /** When it last happened (Event lastTimestamp). */
  timeMs: number;
  type: 'Normal' | 'Warning';
  reason: string;
  /** `Kind/namespace/name` or `Kind/name`. */
  object: string;
  message: Bilingual;
  /** The reporting component (Event source.component): kubelet, default-scheduler… */
  source?: string;
  /** How many times it happened (the API server aggregates repeats), and when first (firstTimestamp). */
  count?: number;
  firstTimeMs?: number;
}

/** A plain, serializable picture of the cluster at one moment. */
export interface ClusterSnapshot {
  timeMs: number;
  seed: number;
  ingressMode: IngressMode;
  namespaces: string[];
  nodes: NodeView[];
  /** Every Pod, bound or not. */
  pods: PodView[];
  services: ServiceView[];
  ingresses: IngressView[];
  deployments: DeploymentView[];
  replicaSets: ReplicaSetView[];
  events: SimEvent[];
}
