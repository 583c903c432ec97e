import type { RoutingTable } from './routing-table.ts';

/**
 * The Service key a name resolves to for a client in `namespace`, as CoreDNS answers a Pod: a qualified
 * name (`web.default`, `web.default.svc`, `web.default.svc.cluster.local`) as is, a bare name through the
 * Pod's own namespace search domain (resolv.conf `search <ns>.svc.cluster.local …`).
 */
export function serviceForName(table: RoutingTable, host: string, namespace: string): string | undefined {
  return table.dns.get(host) ?? (host.includes('.') ? undefined : table.dns.get(`${host}.${namespace}`));
}
