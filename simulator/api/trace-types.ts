/** A request's journey through the cluster: the request, its hops and packets, the Pod backends that answer it, the trace. */
import type { PodView } from './snapshot-types.ts';
import type { Bilingual } from '../../core/index.ts';

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

/**
 * A TCP/UDP packet at one hop: addresses as `ip:port`, what was rewritten there and why; or an ICMP error
 * (e.g. the port unreachable of a NetworkPolicy's REJECT), addressed by IP alone.
 */
export interface Packet {
  protocol: 'TCP' | 'UDP' | 'ICMP';
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
  /**
   * Set when the connection was refused by a NetworkPolicy (kube-router's REJECT), so the packet view shows
   * the ICMP answer; a plain field, kept by every copy of the trace (structuredClone, postMessage, JSON).
   */
  rejectedBy?: 'network-policy';
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
