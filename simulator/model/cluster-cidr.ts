/**
 * The cluster CIDR Pod IPs come from, cut into one /24 per node as kube-controller-manager's range
 * allocator does for k3s (`--cluster-cidr`, default 10.42.0.0/16; node mask /24: 256 nodes;
 * docs.k3s.io/cli/server "Networking"). Node n gets the n-th free /24 in order (cidrset AllocateNext);
 * /24s inside the Service CIDR (10.43.0.0/16) are never handed out (range_allocator.go filterOutServiceRange).
 * A node past the last /24 gets none: the allocator reports CIDRNotAvailable ("CIDR allocation failed;
 * there are no remaining CIDRs left to allocate in the accepted range", cidrset.go) and k3s's flannel waits
 * for it ("Waiting for node … CIDR not assigned yet", pkg/agent/flannel/setup.go), so the node stays NotReady.
 */

/** k3s's default `--cluster-cidr`. */
export const DEFAULT_CLUSTER_CIDR = '10.42.0.0/16';
/** k3s's Service CIDR (`--service-cidr`, default 10.43.0.0/16; the simulator has no other), which Pod IPs never use. */
export const SERVICE_CIDR = '10.43.0.0/16';
const [SERVICE_IP, SERVICE_BITS] = SERVICE_CIDR.split('/') as [string, string];
const SERVICE_BASE = ipNumber(SERVICE_IP);
const SERVICE_PREFIX = Number(SERVICE_BITS);
/** kube-controller-manager's --node-cidr-mask-size for IPv4. */
const NODE_PREFIX = 24;

/** A parsed cluster CIDR. */
export interface ClusterCidr {
  /** The CIDR as written. */
  text: string;
  /** Its first address as an unsigned 32-bit number, and its prefix length. */
  base: number;
  prefix: number;
  /** How many nodes get a /24 (the /24s of the range minus those in the Service CIDR). */
  nodeCapacity: number;
}

function ipNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** Whether the IPv4 address `ip` lies in `cidr` (`a.b.c.d/bits`; no `/bits` is one address, /32). */
export function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip) || !base) return false;
  const size = 2 ** (32 - Number(bitsText ?? 32));
  return Math.floor(ipNumber(ip) / size) === Math.floor(ipNumber(base) / size);
}

/** Whether `ip` is a cluster address: in the scenario's Pod CIDR (`clusterCidr`) or the Service CIDR. */
export function inClusterRanges(ip: string, clusterCidr: string): boolean {
  return inCidr(ip, clusterCidr) || inCidr(ip, SERVICE_CIDR);
}

function ipText(n: number): string {
  return `${Math.floor(n / 2 ** 24) & 255}.${Math.floor(n / 2 ** 16) & 255}.${Math.floor(n / 256) & 255}.${n & 255}`;
}

/** The /24 index range [first, end) of the Service CIDR relative to the cluster CIDR, clipped to it. */
function serviceSlots(cidr: { base: number; prefix: number }): [number, number] {
  const size = 2 ** (32 - cidr.prefix);
  const start = Math.max(cidr.base, SERVICE_BASE);
  const end = Math.min(cidr.base + size, SERVICE_BASE + 2 ** (32 - SERVICE_PREFIX));
  if (start >= end) return [0, 0];
  return [(start - cidr.base) / 256, (end - cidr.base) / 256];
}

/**
 * Parses an IPv4 cluster CIDR (`10.0.0.0/8`); a string saying what is wrong when it is not one, its prefix
 * is longer than the node /24, or its base is not aligned.
 */
export function parseClusterCidr(text: string): ClusterCidr | string {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text.trim());
  if (!match || match.slice(1, 5).some((p) => Number(p) > 255))
    return `"${text}" is not an IPv4 CIDR such as 10.42.0.0/16`;
  const prefix = Number(match[5]);
  if (prefix > NODE_PREFIX || prefix < 8)
    return `"${text}": the prefix must be between /8 and /${NODE_PREFIX} (each node takes a /${NODE_PREFIX})`;
  const base = ipNumber(match.slice(1, 5).join('.'));
  if (base % 2 ** (32 - prefix) !== 0)
    return `"${text}" has host bits set; did you mean ${ipText(base - (base % 2 ** (32 - prefix)))}/${prefix}?`;
  const [first, end] = serviceSlots({ base, prefix });
  return { text: text.trim(), base, prefix, nodeCapacity: 2 ** (NODE_PREFIX - prefix) - (end - first) };
}

/** The Pod CIDR of the node with this index (`10.42.3.0/24`), or null when the cluster CIDR is used up. */
export function nodePodCidr(cidr: ClusterCidr, nodeIndex: number): string | null {
  if (nodeIndex < 0 || nodeIndex >= cidr.nodeCapacity) return null;
  const [first, end] = serviceSlots(cidr);
  const slot = nodeIndex >= first && end > first ? nodeIndex + (end - first) : nodeIndex;
  return `${ipText(cidr.base + slot * 256)}/${NODE_PREFIX}`;
}

/** The address `host` (1–254) of a node Pod CIDR such as `10.42.3.0/24`. */
export function podAddress(nodeCidr: string, host: number): string {
  return `${nodeCidr.slice(0, nodeCidr.lastIndexOf('.'))}.${host}`;
}
