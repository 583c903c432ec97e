import type { SimRequest, Trace } from '../api-types.ts';
import { inClusterRanges } from '../model/cluster-cidr.ts';
import { hashIndex } from '../model/prng.ts';
import { clientHop } from './client-hop.ts';
import { dnsEgressDenied, serviceForName } from './cluster-dns.ts';
import { hopText } from './hop-texts.ts';
import { policyVerdict } from './network-policy.ts';
import { viaNode, viaService } from './kube-proxy.ts';
import { deliver } from './pod-delivery.ts';
import {
  abort,
  clientTimeout,
  drop,
  EMPTY_HEADERS,
  fail,
  policyReject,
  type PendingCall,
  type RouteContext,
} from './route-context.ts';

export type { PendingCall, RouteContext } from './route-context.ts';
export { backendHop } from './pod-delivery.ts';

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const DEFAULT_SOURCE = { kind: 'external', ip: '203.0.113.10' } as const;

/**
 * Routes a request through the simulated cluster up to the Pod that must answer: client → node:port
 * (NodePort or ServiceLB) → kube-proxy → Service → endpoint → Pod, with Traefik and the Ingress rules in
 * between for ports 80/443. Returns a finished Trace when the request is refused on the way, or the call
 * to make to the Pod's backend.
 */
export function planRoute(ctx: RouteContext, request: SimRequest): Trace | PendingCall {
  const source = request.source ?? DEFAULT_SOURCE;
  const headers = request.headers ?? EMPTY_HEADERS;
  const hostHeader = headers.host ?? headers.Host ?? request.host;
  const trace: Trace = {
    status: 0,
    outcome: 'answered',
    timeoutMs: null,
    service: null,
    servicePort: null,
    pod: null,
    node: null,
    hops: [clientHop(request, source, hostHeader)],
    warnings: [],
    error: null,
    response: null,
  };
  if (source.kind === 'pod') return fromPod(ctx, trace, request, source, hostHeader);
  return fromOutside(ctx, trace, request, request.host, source.ip, hostHeader);
}

/** A client outside the cluster: only node addresses answer; other names are assumed to point at a node. */
function fromOutside(
  ctx: RouteContext,
  trace: Trace,
  request: SimRequest,
  host: string,
  clientIP: string,
  hostHeader: string,
): Trace | PendingCall {
  let node = ctx.table.nodesByAddress.get(host);
  if (!node) {
    if (inClusterRanges(host, ctx.table.clusterCidr))
      return drop(trace, clientTimeout(request), hopText('cluster-internal-ip', { host }));
    // An IP literal is not looked up: no node has it, so nothing answers (not even Traefik).
    if (IPV4.test(host)) return drop(trace, clientTimeout(request), hopText('no-such-host', { host }));
    node = ctx.table.entryNode ?? undefined;
    if (!node) return abort(trace, 'error', hopText('no-nodes'));
    const assumption = hopText('dns-assumed-node', { host, node: node.name, ip: node.internalIP });
    trace.hops.push({ kind: 'dns', name: host, detail: assumption });
    trace.warnings.push(assumption);
  }
  return viaNode(ctx, trace, node, request, clientIP, hostHeader);
}

/** A client Pod: CoreDNS names, ClusterIPs through kube-proxy, Pod IPs directly, node addresses as outside. */
function fromPod(
  ctx: RouteContext,
  trace: Trace,
  request: SimRequest,
  source: { ns: string; name: string },
  hostHeader: string,
): Trace | PendingCall {
  const table = ctx.table;
  let host = request.host;
  const pod = [...table.podsByIP.values()].find((p) => p.namespace === source.ns && p.name === source.name);
  if (!pod?.ip)
    return abort(trace, 'error', hopText('source-pod-missing', { ns: source.ns, name: source.name }));
  const clientIP = pod.ip;
  if (!IPV4.test(host)) {
    const denied = dnsEgressDenied(table, pod);
    if (denied) return abort(trace, 'unresolved', denied);
  }
  const serviceKey = serviceForName(table, host, source.ns);
  if (serviceKey) {
    const service = table.servicesByKey.get(serviceKey)!;
    if (service.clusterIP === 'None') {
      const entry = table.entriesByService.get(serviceKey)?.[0];
      const list = entry?.targets ?? [];
      if (!entry || list.length === 0)
        return abort(trace, 'unresolved', hopText('headless-no-pods', { service: serviceKey }));
      const target = list[hashIndex(ctx.seed, ctx.nextRequest(), list.length)]!;
      trace.hops.push({ kind: 'dns', name: host, detail: hopText('dns-headless', { ip: target.pod.ip! }) });
      trace.service = serviceKey;
      trace.servicePort = request.port;
      return deliver(ctx, trace, entry, target, request, clientIP, hostHeader);
    }
    trace.hops.push({
      kind: 'dns',
      name: host,
      detail: hopText('dns-cluster-ip', { host, ip: service.clusterIP }),
    });
    host = service.clusterIP;
  }
  const entry = table.clusterIPs.get(`${host}:${request.port}`);
  if (entry) {
    trace.hops.push({
      kind: 'kube-proxy',
      name: `${host}:${request.port}`,
      detail: hopText('kube-proxy-cluster-ip'),
    });
    return viaService(ctx, trace, entry, null, request, clientIP, clientIP, hostHeader);
  }
  const direct = table.podsByIP.get(host);
  if (direct) {
    const entry = [...table.entriesByService.values()]
      .flat()
      .find((e) => e.targets.some((t) => t.pod === direct && t.port === request.port));
    const target = entry?.targets.find((t) => t.pod === direct && t.port === request.port);
    if (!entry || !target) return fail(trace, 0, hopText('pod-port-refused', { host, port: request.port }));
    return deliver(ctx, trace, entry, target, request, clientIP, hostHeader);
  }
  if (!table.nodesByAddress.has(host)) {
    if (IPV4.test(host) && !inClusterRanges(host, table.clusterCidr)) {
      // Egress out of the cluster: policies decide, then flannel masquerades to the node IP.
      const denied =
        table.policies &&
        policyVerdict(table.policies, { pod, ip: clientIP }, { pod: null, ip: host }, request.port);
      if (denied) return policyReject(trace, 0, denied);
      const node = pod.nodeName ? table.nodesByAddress.get(pod.nodeName) : undefined;
      return drop(
        trace,
        clientTimeout(request),
        hopText('egress-outside', { ip: host, node: node?.internalIP ?? '?' }),
      );
    }
    if (IPV4.test(host)) return drop(trace, clientTimeout(request), hopText('no-such-host', { host }));
    return abort(trace, 'unresolved', hopText('unresolvable-in-cluster', { host }));
  }
  return fromOutside(ctx, trace, request, host, clientIP, hostHeader);
}
