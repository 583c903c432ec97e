/**
 * The public types of the cluster simulator. Other folders (the site island, the OpenFaaS layer, the export
 * module, labs) code against these through simulator/index.ts; nothing here depends on the implementation.
 */
import type { Bilingual, Diagnostic } from '../core/index.ts';

/** A Kubernetes object as plain JSON (what YAML parses to). */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** One object an apply touched. */
export interface AppliedObject {
  kind: string;
  namespace: string | null;
  name: string;
  action: 'created' | 'configured' | 'unchanged';
}

/** What `apply` returns. `applied` is empty when there is any error: apply is all or nothing. */
export interface ApplyResult {
  /** Errors (severity `error`); non-empty means nothing was applied. */
  diagnostics: Diagnostic[];
  /** Warnings (severity `warning`), e.g. an object the simulator keeps but does not run. */
  warnings: Diagnostic[];
  applied: AppliedObject[];
}

/** What `validateManifests` returns: the objects as they would be applied. */
export interface ValidationResult {
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
  objects: KubeObject[];
  /** YAML documents (0-based index) in a removed API version, migrated: the fix for a `removed-api-version` error. */
  migrations: Array<{ documentIndex: number; object: KubeObject }>;
}

/** How Ingress rules are matched: the Kubernetes spec, or what k3s's bundled Traefik 3 does by default. */
export type IngressMode = 'conformant' | 'traefik';

/** A node to create. Without a list, a cluster has one k3s server and two agents. */
export interface NodeSpec {
  name: string;
  role: 'server' | 'agent';
  /** Defaults to 192.168.1.(10 + index). */
  internalIP?: string;
  /** Millicores; default 2000. */
  cpuMillis?: number;
  /** Bytes; default 4 GiB. */
  memoryBytes?: number;
  /** Default 110, the kubelet's max pods. */
  maxPods?: number;
  labels?: Record<string, string>;
  taints?: Taint[];
}

/** A node taint. */
export interface Taint {
  key: string;
  value?: string;
  effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

/** Options of `createSimulation`. */
export interface SimulationOptions {
  /** Seeds every random choice (IPs, name suffixes, endpoint choice). */
  seed: number;
  /** A node count (1 server + N-1 agents) or explicit nodes; default 3. */
  nodes?: number | NodeSpec[];
  /** Default `traefik` (k3s). */
  ingressMode?: IngressMode;
  /** Traefik's providers.kubernetesIngress.strictPrefixMatching (Traefik ≥ 3.5; off on a default k3s). */
  traefik?: { strictPrefixMatching?: boolean };
  /** The simulation clock. Time only moves through `advance`; `speedup` shortens lesson waits (eviction, back-off). */
  clock?: { startMs?: number; speedup?: number };
  /** Extra kinds (e.g. the OpenFaaS Function CR) that expand into built-in objects when applied. */
  extensions?: KindExtension[];
  /**
   * Images the scenario's registries hold besides the built-in catalogue (a private registry, the
   * student's own function image): a reference with its tag and, optionally, its platforms (default all).
   */
  images?: Array<{ image: string; platforms?: string[] }>;
  /**
   * NodePorts a chart installed on this cluster holds with a fixed value (OpenFaaS's gateway on 31112): they
   * are kept free while the k3s add-ons (Traefik's LoadBalancer) draw their random NodePorts, so the install
   * that follows can claim them.
   */
  reservedNodePorts?: readonly number[];
  /** Every hop of a trace carries the packet (addresses, NAT, VXLAN); off by default (it costs time). */
  packets?: boolean;
  /**
   * k3s `--cluster-cidr`, the range Pod IPs come from, one /24 per node (default 10.42.0.0/16: 256 nodes;
   * nodes past it stay NotReady). A big cluster declares a wider one, e.g. 10.0.0.0/8.
   */
  clusterCidr?: string;
}

/** What a kind extension reports about one object: a diagnostic whose place is only a field path. */
export type ExtensionDiagnostic = Omit<Diagnostic, 'place'> & { path: string };

/** A custom kind the simulator accepts and turns into built-in objects (Deployment, Service…). */
export interface KindExtension {
  apiVersion: string;
  kind: string;
  namespaced: boolean;
  /** Checks one object; each diagnostic names a field path relative to the object (the file, line and column are filled in). */
  validate?(object: KubeObject): ExtensionDiagnostic[];
  /** The built-in objects this object stands for; they are owned by it and removed with it. */
  expand(object: KubeObject): KubeObject[];
}

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

/** Where a request comes from. */
export type RequestSource = { kind: 'external'; ip: string } | { kind: 'pod'; ns: string; name: string };

/** A request to route through the cluster. */
export interface SimRequest {
  method: string;
  scheme: 'http' | 'https';
  /** A node IP or name, a LoadBalancer IP, a ClusterIP or Service DNS name (from a pod), or any Ingress host. */
  host: string;
  port: number;
  /** Path with optional query, beginning with `/`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Default: external client 203.0.113.10. */
  source?: RequestSource;
  /** How long the client waits for an answer before giving up (curl -m); default 10 000 ms. */
  timeoutMs?: number;
}

/** Kinds of hop in a trace, in the order a request can meet them. */
export type HopKind =
  | 'client'
  | 'dns'
  | 'node-port'
  | 'load-balancer'
  | 'kube-proxy'
  | 'ingress-controller'
  | 'ingress-rule'
  | 'service'
  | 'endpoint'
  | 'pod'
  | 'backend';

/** One step of a request's journey. */
export interface Hop {
  kind: HopKind;
  /** What was met, e.g. `agent-1:30036`, `default/flaskapp`, `default/flaskapp-7d9c-abcde:5000`. */
  name: string;
  detail: Bilingual;
  /** The HTTP status this hop answered with, when it ended the request. */
  status?: number;
  /** The packet as it leaves this hop (only with `createSimulation({ packets: true })`). */
  packet?: Packet;
}

/** What a hop did to the packet's addresses. */
export type PacketRewrite =
  /** Nothing: forwarded as it came. */
  | 'none'
  /** kube-proxy's DNAT of the Service / NodePort / LoadBalancer address to the chosen endpoint. */
  | 'dnat'
  /** DNAT, and the source masqueraded to the node IP (external client, externalTrafficPolicy Cluster). */
  | 'dnat+masquerade'
  /** A proxy (Traefik) ends the connection and opens a new one from its own Pod IP. */
  | 'proxy'
  /** The reply: conntrack undoes the NAT so the client sees the address it sent to. */
  | 'conntrack-reverse';

/** flannel's VXLAN wrapper around a Pod packet that crosses nodes (k3s default backend). */
export interface VxlanHeader {
  /** Node IP the packet leaves from. */
  outerSrc: string;
  /** Node IP that holds the destination Pod. */
  outerDst: string;
  /** UDP 8472, the Linux kernel's VXLAN port that flannel uses. */
  udpPort: number;
  /** VXLAN network identifier: 1 on flannel. */
  vni: number;
}

/** A TCP/UDP packet at one hop: addresses as `ip:port`, what was rewritten there and why. */
export interface Packet {
  protocol: 'TCP' | 'UDP';
  src: string;
  dst: string;
  rewrite: PacketRewrite;
  reason: Bilingual;
  vxlan: VxlanHeader | null;
}

/** A response from a Pod (the built-in echo or a lab's handler). */
export interface BackendResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * How a request ended on the wire: an HTTP answer; a refused connection (a TCP RST or ICMP port
 * unreachable: nothing listens, or kube-proxy's REJECT for a Service without endpoints); a timeout (the
 * packet was dropped or no host has the address, so the client waits until its own timeout); a name that
 * did not resolve; or a request the simulator could not start (no such source Pod, no nodes).
 */
export type TraceOutcome = 'answered' | 'refused' | 'timeout' | 'unresolved' | 'error';

/** The journey of one request. `status` 0 means no HTTP answer (refused, dropped, no route). */
export interface Trace {
  status: number;
  outcome: TraceOutcome;
  /** The client's timeout when `outcome` is `timeout` (how long it waited), else null. */
  timeoutMs: number | null;
  /** `namespace/name` of the Service reached, or null. */
  service: string | null;
  servicePort: number | null;
  /** `namespace/name` of the Pod that answered, or null. */
  pod: string | null;
  /** Node of the Pod that answered, or null. */
  node: string | null;
  hops: Hop[];
  warnings: Bilingual[];
  error: Bilingual | null;
  response: BackendResponse | null;
}

/** What a Pod backend receives: the request as it reaches the container. */
export interface BackendRequest {
  method: string;
  host: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  pod: PodView;
  /** `namespace/name` of the Service the request came through, or null. */
  service: string | null;
  containerPort: number;
  /** Client IP the Pod sees (SNAT to the node IP unless externalTrafficPolicy Local). */
  sourceIP: string;
}

/** Answers for Pods: a lab's real handler, or the built-in echo. */
export interface PodBackend {
  /** True when this backend answers for the Pod (e.g. by label or image). */
  handles(pod: PodView): boolean;
  /** Sync backends make `routeRequest` complete; async ones need `routeRequestAsync`. */
  handle(request: BackendRequest): BackendResponse | Promise<BackendResponse>;
}

/** Output of one kubectl command. */
export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * `get -w`: starts streaming the rows that change as the simulation runs to `emit`; returns the stop.
   * Absent for every other command.
   */
  watch?: (emit: (text: string) => void) => () => void;
}

/** Result of an operation that can fail because of the student (unknown object, invalid value). */
export interface OperationResult {
  ok: boolean;
  error: Bilingual | null;
}

/** A running simulated k3s cluster. */
export interface Simulation {
  /** Applies multi-document YAML, all or nothing. Never throws for the student's errors. */
  apply(yamlText: string, fileName: string): ApplyResult;
  /** Applies objects already parsed (e.g. produced by the OpenFaaS layer), all or nothing. */
  applyObjects(objects: KubeObject[], fileName: string): ApplyResult;
  /** Deletes an object, e.g. `delete('Deployment', 'default', 'web')`; namespace ignored for cluster kinds. */
  delete(kind: string, namespace: string, name: string): OperationResult;
  scale(namespace: string, deployment: string, replicas: number): OperationResult;
  /** `kubectl set image deployment/NAME CONTAINER=IMAGE`. */
  setImage(namespace: string, deployment: string, container: string, image: string): OperationResult;
  /** `kubectl rollout undo`; revision 0 means the previous one. */
  rollback(namespace: string, deployment: string, toRevision?: number): OperationResult;
  /**
   * "Crash the container": kills the Pod's first running container (exit 137); the kubelet restarts it in
   * the same Pod (RESTARTS + 1). `delete('Pod', …)` is the other way: the ReplicaSet makes a new Pod.
   */
  killPod(namespace: string, name: string): OperationResult;
  /** Pushes an image to the simulated registries (a private registry, `faas-cli push`), e.g. `registry.local:5000/ana/web:1.0`. */
  addImage(image: string, platforms?: string[]): OperationResult;
  failNode(name: string): OperationResult;
  /** The iptables rules kube-proxy (iptables mode) programs on a node, as `iptables-save` prints them; null for no such node. */
  iptablesSave(node: string): string | null;
  /**
   * What CoreDNS answers a Pod in `namespace` for `name` (resolv.conf search list, ndots:5); null is
   * NXDOMAIN. With `fromPod`, `'timeout'` when that Pod's NetworkPolicies keep it from reaching CoreDNS.
   */
  dnsLookup(
    name: string,
    namespace: string,
    fromPod?: string,
  ): { name: string; addresses: string[] } | null | 'timeout';
  recoverNode(name: string): OperationResult;
  cordon(name: string): OperationResult;
  uncordon(name: string): OperationResult;
  /** `kubectl drain`: cordon, then evict; Pods without a controller need `force` (as kubectl --force). */
  drain(name: string, options?: { force?: boolean }): OperationResult;
  setIngressMode(mode: IngressMode): void;
  /** Moves simulation time forward and runs the controllers at every due moment. */
  advance(ms: number): void;
  /** Advances until nothing is scheduled (or `maxMs` passed): pods started, rollouts done. */
  settle(maxMs?: number): void;
  /** Current simulation time in ms. */
  now(): number;
  snapshot(): ClusterSnapshot;
  /** Routes a request; Pods answer with sync backends (the echo by default). */
  routeRequest(request: SimRequest): Trace;
  /** Routes a request and awaits async Pod backends (a lab's handler). */
  routeRequestAsync(request: SimRequest, signal?: AbortSignal): Promise<Trace>;
  /** Adds a Pod backend (checked before the echo, newest first); returns its removal. */
  addBackend(backend: PodBackend): () => void;
  /** Runs a kubectl command line, e.g. `get pods -o wide`; `files` holds the contents `apply -f NAME` reads. */
  kubectl(args: string, files?: Record<string, string>): KubectlResult;
  /** The objects the student applied, as clean YAML (no status, no defaults) that imports back to the same state. */
  exportYaml(): string;
  /** Seed, nodes, manifests and operations as a compact URL-safe string. */
  serialize(): string;
  /** Called after every change with a fresh snapshot; returns the unsubscribe. */
  subscribe(listener: (snapshot: ClusterSnapshot) => void): () => void;
}
