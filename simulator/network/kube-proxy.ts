import type { Hop, SimRequest, Trace } from '../api-types.ts';
import type { Bilingual } from '../../core/index.ts';
import type { NodeState } from '../model/cluster-state.ts';
import { hopText } from './hop-texts.ts';
import { viaIngress } from './ingress-controller.ts';
import { deliver } from './pod-delivery.ts';
import { clientTimeout, drop, fail, type PendingCall, type RouteContext } from './route-context.ts';
import type { ServicePortEntry } from './routing-table.ts';
import { pickTarget } from './session-affinity.ts';

/**
 * A request arriving at a node's address: kube-proxy's NodePort rule, or ServiceLB's svclb host port on
 * that node, then the Service with the externalTrafficPolicy (Local keeps the client IP and only uses this
 * node's endpoints; Cluster masquerades to the node IP and uses any endpoint).
 */
export function viaNode(
  ctx: RouteContext,
  trace: Trace,
  node: NodeState,
  request: SimRequest,
  clientIP: string,
  hostHeader: string,
): Trace | PendingCall {
  const table = ctx.table;
  const port = request.port;
  if (!node.kubeletUp)
    return drop(trace, clientTimeout(request), hopText('node-timeout', { node: node.name }));
  let entry = table.nodePorts.get(port);
  const viaNodePort = entry !== undefined;
  if (!entry) {
    entry = table.loadBalancers.get(node.internalIP + ':' + port);
    if (!entry)
      return fail(trace, 0, hopText('node-port-refused', { node: node.name, ip: node.internalIP, port }));
  }
  const local = entry.service.externalTrafficPolicy === 'Local';
  // Reached through its NodePort or its LoadBalancer port: two different first hops per node.
  const slot = node.index * 2 + (viaNodePort ? 1 : 0);
  const hops =
    entry.nodeHops[slot] ?? (entry.nodeHops[slot] = nodeHops(entry, node, port, viaNodePort, local));
  trace.hops.push(hops.entry, hops.proxy);
  return viaService(
    ctx,
    trace,
    entry,
    local ? node : null,
    request,
    clientIP,
    local ? clientIP : node.internalIP,
    hostHeader,
  );
}

/**
 * kube-proxy's Service rule: picks a ready endpoint (only `localNode`'s when the traffic policy is Local)
 * and DNATs to it; Traefik's own Service continues into Ingress matching.
 */
export function viaService(
  ctx: RouteContext,
  trace: Trace,
  entry: ServicePortEntry,
  localNode: NodeState | null,
  request: SimRequest,
  clientIP: string,
  seenIP: string,
  hostHeader: string,
): Trace | PendingCall {
  trace.hops.push(entry.serviceHop);
  if (!entry.isIngressController) {
    trace.service = entry.serviceKey;
    trace.servicePort = entry.port.port;
  }
  const list = localNode ? (entry.targetsByNode.get(localNode.name) ?? []) : entry.targets;
  if (list.length === 0) {
    // kube-proxy writes "has no local endpoints" -j DROP for Local, "has no endpoints" -j REJECT otherwise
    // (kubernetes/kubernetes pkg/proxy/iptables/proxier.go, syncProxyRules).
    if (localNode) return drop(trace, clientTimeout(request), localDropReason(entry, localNode, trace));
    return fail(trace, 0, hopText('no-ready-endpoints', { service: entry.serviceKey }));
  }
  const target = pickTarget(ctx, entry, list, clientIP);
  if (entry.isIngressController) return viaIngress(ctx, trace, target, request, seenIP, hostHeader);
  return deliver(ctx, trace, entry, target, request, seenIP, hostHeader);
}

/** Why a Local-policy packet was dropped: directly at the NodePort, or after svclb forwarded it there. */
function localDropReason(entry: ServicePortEntry, node: NodeState, trace: Trace): Bilingual {
  const viaSvclb = trace.hops.some((h) => h.kind === 'load-balancer');
  if (viaSvclb && entry.port.nodePort !== null)
    return hopText('svclb-local-drop', {
      node: node.name,
      service: entry.serviceKey,
      nodePort: entry.port.nodePort,
    });
  return hopText('local-no-endpoint', { node: node.name, service: entry.serviceKey });
}

/** The node:port hop and the kube-proxy hop of a Service port on a node (built once per table). */
function nodeHops(
  entry: ServicePortEntry,
  node: NodeState,
  port: number,
  viaNodePort: boolean,
  local: boolean,
): { entry: Hop; proxy: Hop } {
  const first: Hop = viaNodePort
    ? {
        kind: 'node-port',
        name: `${node.name}:${port}`,
        detail: hopText('node-port-hop', { port, service: entry.serviceKey }),
      }
    : {
        kind: 'load-balancer',
        name: `${node.internalIP}:${port}`,
        detail: hopText('load-balancer-hop', { node: node.name, port, service: entry.serviceKey }),
      };
  const proxy: Hop = {
    kind: 'kube-proxy',
    name: node.name,
    detail: local ? hopText('kube-proxy-local') : hopText('kube-proxy-cluster', { ip: node.internalIP }),
  };
  return { entry: first, proxy };
}
