import type { Bilingual } from '../../core/index.ts';
import type { PodState } from '../model/cluster-state.ts';
import { policyVerdict } from './network-policy.ts';
import type { RoutingTable } from './routing-table.ts';

/**
 * The Service key a name resolves to for a client in `namespace`, as CoreDNS answers a Pod: a qualified
 * name (`web.default`, `web.default.svc`, `web.default.svc.cluster.local`) as is, a bare name through the
 * Pod's own namespace search domain (resolv.conf `search <ns>.svc.cluster.local …`).
 */
export function serviceForName(table: RoutingTable, host: string, namespace: string): string | undefined {
  return table.dns.get(host) ?? (host.includes('.') ? undefined : table.dns.get(`${host}.${namespace}`));
}

/** k3s's `--cluster-domain`. */
export const CLUSTER_DOMAIN = 'cluster.local';
/** k3s's `--cluster-dns`: the kube-dns Service's ClusterIP. */
export const CLUSTER_DNS_IP = '10.43.0.10';

/** What CoreDNS answers for one name: the fully qualified name that matched and its A records. */
export interface DnsAnswer {
  name: string;
  addresses: string[];
}

/**
 * The search list kubelet writes into a ClusterFirst Pod's /etc/resolv.conf
 * (kubernetes.io/docs/concepts/services-networking/dns-pod-service/#namespaces-of-services).
 */
export function searchDomains(namespace: string): string[] {
  return [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
}

/**
 * Resolves a name as a Pod's resolver and CoreDNS would: with `options ndots:5`, a name with fewer than 5
 * dots is tried with each search domain first, then as is. CoreDNS's kubernetes plugin answers
 * `<svc>.<ns>.svc.cluster.local` (the ClusterIP, or the ready Pod IPs of a headless Service) and
 * `<a-b-c-d>.<ns>.pod.cluster.local` (the IP in the name). Anything else is NXDOMAIN here: the simulated
 * cluster has no upstream resolver. Null means NXDOMAIN.
 */
export function resolveName(table: RoutingTable, name: string, namespace: string): DnsAnswer | null {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  const dots = bare.split('.').length - 1;
  const candidates = name.endsWith('.')
    ? [bare]
    : dots < 5
      ? [...searchDomains(namespace).map((d) => `${bare}.${d}`), bare]
      : [bare, ...searchDomains(namespace).map((d) => `${bare}.${d}`)];
  for (const fqdn of candidates) {
    const addresses = answer(table, fqdn);
    if (addresses) return { name: fqdn, addresses };
  }
  return null;
}

function answer(table: RoutingTable, fqdn: string): string[] | null {
  const suffix = `.${CLUSTER_DOMAIN}`;
  if (!fqdn.endsWith(suffix)) return null;
  const parts = fqdn.slice(0, -suffix.length).split('.');
  if (parts.length === 3 && parts[2] === 'svc') {
    const key = `${parts[1]}/${parts[0]}`;
    const service = table.servicesByKey.get(key);
    if (!service) return null;
    if (service.clusterIP !== 'None') return [service.clusterIP];
    const ips = (table.entriesByService.get(key)?.[0]?.targets ?? []).map((t) => t.pod.ip!).sort();
    return ips.length > 0 ? ips : null;
  }
  if (parts.length === 3 && parts[2] === 'pod' && /^\d+-\d+-\d+-\d+$/.test(parts[0]!))
    return [parts[0]!.replace(/-/g, '.')];
  return null;
}

/**
 * Why a Pod cannot reach CoreDNS (UDP 53 to a CoreDNS Pod, which its egress policies must allow, and
 * CoreDNS's ingress policies too), or null when it can. Then kube-router rejects every query with an ICMP
 * port unreachable (network-policy.ts): a resolver on a connected UDP socket (glibc, BusyBox nslookup, BIND)
 * sees ECONNREFUSED; musl's unconnected socket never sees the ICMP and waits out its timeout. The simulator
 * does not model the resolver per image: every client fails at once, so an Alpine/musl image (curlimages/curl)
 * prints the same "Could not resolve host" here without the seconds its resolver would wait first.
 */
export function dnsEgressDenied(table: RoutingTable, pod: PodState): Bilingual | null {
  if (!table.policies || !pod.ip) return null;
  const dns = table.entriesByService.get('kube-system/kube-dns')?.[0]?.targets[0];
  if (!dns) return null;
  return policyVerdict(
    table.policies,
    { pod, ip: pod.ip },
    { pod: dns.pod, ip: dns.pod.ip ?? '' },
    53,
    'UDP',
  );
}
