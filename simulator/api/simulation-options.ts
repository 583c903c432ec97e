/** What a simulation is created with: nodes, taints, the Ingress mode and the options of `createSimulation`. */
import type { KindExtension } from './manifest-types.ts';

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
