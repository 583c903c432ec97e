import type { Hop, Packet, SimRequest, Trace, VxlanHeader } from '../api-types.ts';
import type { NodeState, PodState } from '../model/cluster-state.ts';
import { hashIndex } from '../model/prng.ts';
import { CLUSTER_DNS_IP } from './cluster-dns.ts';
import { hopText } from './hop-texts.ts';
import type { RoutingTable } from './routing-table.ts';

/** The kube-dns Service's address and port, where a Pod's DNS query goes. */
const CLUSTER_DNS = `${CLUSTER_DNS_IP}:53`;
/** flannel's VXLAN backend on k3s: the kernel's VXLAN port 8472 and VNI 1 (flannel Documentation/backends.md). */
const VXLAN_PORT = 8472;
const VXLAN_VNI = 1;
/** Linux net.ipv4.ip_local_port_range defaults: 32768–60999. */
const EPHEMERAL_FIRST = 32768;
const EPHEMERAL_COUNT = 60999 - 32768 + 1;

/** Where the packet is while walking a trace. */
interface Flow {
  src: string;
  dst: string;
  /** The node the packet is on (the client Pod's node, or the node it reached). */
  at: NodeState | null;
  /** Whether any hop rewrote an address (then the reply needs conntrack). */
  natted: boolean;
}

/**
 * Gives every hop of a finished trace the packet as it leaves that hop: the client's ephemeral port,
 * kube-proxy's DNAT to the chosen endpoint (with masquerade to the node IP for an external client under
 * externalTrafficPolicy Cluster), Traefik's second connection, flannel's VXLAN wrapper when the next Pod
 * is on another node, and the reply that conntrack translates back. Hops are shared between traces, so
 * each gets a copy. `serial` numbers the connection (it picks the ephemeral port).
 */
export function attachPackets(
  table: RoutingTable,
  trace: Trace,
  request: SimRequest,
  seed: number,
  serial: number,
): void {
  const source = request.source ?? { kind: 'external' as const, ip: '203.0.113.10' };
  const port = EPHEMERAL_FIRST + hashIndex(seed ^ 0x5bd1e995, serial, EPHEMERAL_COUNT);
  let clientIP: string;
  let at: NodeState | null = null;
  if (source.kind === 'pod') {
    const pod = podByKey(table, `${source.ns}/${source.name}`);
    if (!pod?.ip) return;
    clientIP = pod.ip;
    at = nodeOf(table, pod);
  } else clientIP = source.ip;
  const hops = trace.hops.map((h) => ({ ...h }));
  const flow: Flow = {
    src: `${clientIP}:${port}`,
    dst: firstDestination(table, hops, request),
    at,
    natted: false,
  };
  const sentTo = flow.dst;
  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i]!;
    const next = hops[i + 1];
    switch (hop.kind) {
      case 'client':
        hop.packet = packet(flow, 'none', hopText('packet-client'));
        break;
      case 'dns':
        if (source.kind === 'pod')
          hop.packet = {
            protocol: 'UDP',
            src: `${clientIP}:${EPHEMERAL_FIRST + ((port + 7919) % EPHEMERAL_COUNT)}`,
            dst: CLUSTER_DNS,
            rewrite: 'none',
            reason: hopText('packet-dns'),
            vxlan: null,
          };
        break;
      case 'node-port':
      case 'load-balancer': {
        const node = table.nodesByAddress.get(hop.name.slice(0, hop.name.lastIndexOf(':')));
        if (node) flow.at = node;
        hop.packet = packet(flow, 'none', hopText('packet-at-node', { node: flow.at?.name ?? hop.name }));
        break;
      }
      case 'kube-proxy': {
        const to = dnatTarget(table, hops, i);
        if (!to) {
          hop.packet = packet(flow, 'none', hopText('packet-no-rewrite'));
          break;
        }
        const service = table.servicesByKey.get(
          hops.find((h, j) => j > i && h.kind === 'service')?.name ?? '',
        );
        const masquerade =
          source.kind === 'external' && flow.at !== null && service?.externalTrafficPolicy !== 'Local';
        flow.dst = to;
        flow.natted = true;
        if (masquerade) {
          flow.src = `${flow.at!.internalIP}:${port}`;
          hop.packet = packet(
            flow,
            'dnat+masquerade',
            hopText('packet-dnat-masquerade', { to, node: flow.at!.internalIP }),
          );
        } else hop.packet = packet(flow, 'dnat', hopText('packet-dnat', { to }));
        break;
      }
      case 'ingress-controller': {
        const traefik = podByKey(table, hop.name);
        flow.at = traefik ? nodeOf(table, traefik) : flow.at;
        const endpoint = hops.find((h, j) => j > i && h.kind === 'endpoint');
        flow.src = `${traefik?.ip ?? '?'}:${EPHEMERAL_FIRST + ((port + 104729) % EPHEMERAL_COUNT)}`;
        if (endpoint) flow.dst = endpoint.name;
        hop.packet = packet(flow, 'proxy', hopText('packet-proxy'));
        break;
      }
      case 'pod': {
        hop.packet = packet(flow, 'none', hopText('packet-pod'));
        break;
      }
      case 'backend': {
        const reply: Flow = { src: sentTo, dst: `${clientIP}:${port}`, at: null, natted: false };
        hop.packet = flow.natted
          ? packet(reply, 'conntrack-reverse', hopText('packet-reply-nat'))
          : packet(reply, 'none', hopText('packet-reply'));
        break;
      }
      case 'service':
        // After Traefik the Service only names the endpoints: Traefik dials a Pod IP, no kube-proxy rule runs.
        hop.packet = packet(
          flow,
          'none',
          hopText(
            hops.slice(0, i).some((h) => h.kind === 'ingress-controller')
              ? 'packet-traefik-service'
              : 'packet-service',
          ),
        );
        break;
      default:
        hop.packet = packet(flow, 'none', hopText('packet-no-rewrite'));
    }
    // The packet leaves this hop for a Pod on another node: flannel wraps it (k3s --flannel-backend vxlan).
    if (next && (next.kind === 'pod' || next.kind === 'ingress-controller') && hop.packet) {
      const podNode = nodeOfAddress(table, next.kind === 'pod' ? flow.dst : undefined, next.name);
      if (podNode && flow.at && podNode !== flow.at) {
        hop.packet.vxlan = vxlan(flow.at, podNode);
        hop.packet.reason = hopText('packet-vxlan', { from: flow.at.internalIP, to: podNode.internalIP });
      } else if (hop.kind === 'endpoint') hop.packet.reason = hopText('packet-same-node');
      if (podNode) flow.at = podNode;
    }
  }
  const last = hops[hops.length - 1];
  const host = (address: string): string => address.slice(0, address.lastIndexOf(':'));
  if (last?.kind === 'endpoint' && trace.rejectedBy === 'network-policy') {
    // What leaves the endpoint hop is kube-router's answer to the SYN (network-policy.ts): an ICMP error to
    // whoever dialled. Traefik dialled the Pod IP itself (no NAT); a client's error comes from the address
    // it dialled, as conntrack translates errors related to a NATed connection.
    const traefik = hops.some((h) => h.kind === 'ingress-controller');
    last.packet = {
      protocol: 'ICMP',
      src: traefik ? host(flow.dst) : host(sentTo),
      dst: traefik ? host(flow.src) : clientIP,
      rewrite: !traefik && flow.natted ? 'conntrack-reverse' : 'none',
      reason: hopText('packet-policy-reject'),
      vxlan: null,
    };
  }
  trace.hops = hops;
}

function packet(flow: Flow, rewrite: Packet['rewrite'], reason: Packet['reason']): Packet {
  return { protocol: 'TCP', src: flow.src, dst: flow.dst, rewrite, reason, vxlan: null };
}

function vxlan(from: NodeState, to: NodeState): VxlanHeader {
  return { outerSrc: from.internalIP, outerDst: to.internalIP, udpPort: VXLAN_PORT, vni: VXLAN_VNI };
}

/** Where the client sends its first packet: the node (or the name's IP), the ClusterIP, or the Pod IP. */
function firstDestination(table: RoutingTable, hops: Hop[], request: SimRequest): string {
  const port = request.port;
  const entry = hops.find((h) => h.kind === 'node-port' || h.kind === 'load-balancer');
  if (entry) {
    const node = table.nodesByAddress.get(entry.name.slice(0, entry.name.lastIndexOf(':')));
    return `${node?.internalIP ?? request.host}:${port}`;
  }
  const proxy = hops.find((h) => h.kind === 'kube-proxy' && h.name.includes(':'));
  if (proxy) return proxy.name;
  const endpoint = hops.find((h) => h.kind === 'endpoint');
  if (endpoint && hops.some((h) => h.kind === 'dns')) return endpoint.name;
  return `${request.host}:${port}`;
}

/** The address kube-proxy DNATs to: the Traefik Pod (Ingress) or the first endpoint after hop `i`. */
function dnatTarget(table: RoutingTable, hops: Hop[], i: number): string | null {
  for (let j = i + 1; j < hops.length; j++) {
    const h = hops[j]!;
    if (h.kind === 'endpoint') return h.name;
    if (h.kind === 'ingress-controller') {
      for (const entry of table.entriesByService.get('kube-system/traefik') ?? [])
        for (const t of entry.targets) if (t.podKey === h.name) return `${t.pod.ip}:${t.port}`;
      return null;
    }
  }
  return null;
}

const podsByKey = new WeakMap<RoutingTable, Map<string, PodState>>();

/** A Pod with an IP by `namespace/name`, indexed once per routing table. */
function podByKey(table: RoutingTable, key: string): PodState | undefined {
  let index = podsByKey.get(table);
  if (!index) {
    index = new Map();
    for (const pod of table.podsByIP.values()) index.set(`${pod.namespace}/${pod.name}`, pod);
    podsByKey.set(table, index);
  }
  return index.get(key);
}

function nodeOf(table: RoutingTable, pod: PodState): NodeState | null {
  return (pod.nodeName && table.nodesByAddress.get(pod.nodeName)) || null;
}

/** The node of the Pod at `address` (ip:port), or of the Pod named `podKey` (`ns/name[:port]`). */
function nodeOfAddress(table: RoutingTable, address: string | undefined, podKey: string): NodeState | null {
  const ip = address?.slice(0, address.lastIndexOf(':'));
  const byIP = ip ? table.podsByIP.get(ip) : undefined;
  const key = podKey.includes(':') ? podKey.slice(0, podKey.lastIndexOf(':')) : podKey;
  const pod = byIP ?? podByKey(table, key);
  return pod ? nodeOf(table, pod) : null;
}
