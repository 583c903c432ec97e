import type { Hop, SimRequest, Trace } from '../api-types.ts';
import { hopText } from './hop-texts.ts';
import { policyVerdict } from './network-policy.ts';
import { clientTimeout, drop, EMPTY_HEADERS, fail, policyReject } from './route-context.ts';
import type { PendingCall, RouteContext } from './route-context.ts';
import type { EndpointTarget, ServicePortEntry } from './routing-table.ts';

/**
 * The last leg: the chosen endpoint and its Pod. Times out when the Pod's node is down, is refused when
 * the Pod declares ports and not this one or a NetworkPolicy denies the connection, else returns the call
 * to make to the Pod's backend.
 * `viaProxy` (Traefik in between) turns those failures into the proxy's 504 and 502.
 */
export function deliver(
  ctx: RouteContext,
  trace: Trace,
  entry: ServicePortEntry,
  target: EndpointTarget,
  request: SimRequest,
  seenIP: string,
  hostHeader: string,
  viaProxy = false,
  headers = request.headers ?? EMPTY_HEADERS,
): Trace | PendingCall {
  trace.hops.push(target.endpointHop);
  trace.service ??= entry.serviceKey;
  trace.pod = target.podKey;
  trace.node = target.node.name;
  if (!target.node.kubeletUp) {
    const why = hopText('pod-node-timeout', { node: target.node.name });
    return viaProxy ? fail(trace, 504, why) : drop(trace, clientTimeout(request), why);
  }
  if (!target.listening)
    return fail(trace, viaProxy ? 502 : 0, hopText('pod-port-undeclared', { port: target.port }));
  const policies = ctx.table.policies;
  if (policies) {
    // kube-router filters after kube-proxy's DNAT: the source as the Pod would see it, the endpoint Pod.
    const from = { pod: ctx.table.podsByIP.get(seenIP) ?? null, ip: seenIP } as const;
    const denied = policyVerdict(policies, from, { pod: target.pod, ip: target.pod.ip ?? '' }, target.port);
    // kube-router rejects (network-policy.ts): the client's connect fails at once, and Traefik's dial
    // error (connection refused) is its 502 Bad Gateway, not the 504 of a dial that times out.
    if (denied) return policyReject(trace, viaProxy ? 502 : 0, denied);
  }
  trace.hops.push(target.podHop);
  const view = ctx.table.podViews.get(target.pod)!;
  return {
    trace,
    target,
    request: {
      method: request.method,
      host: hostHeader,
      path: request.path,
      headers,
      body: request.body ?? '',
      pod: view,
      service: entry.serviceKey,
      containerPort: target.port,
      sourceIP: seenIP,
    },
  };
}

const backendHops = new WeakMap<EndpointTarget, Map<number, Hop>>();

/** The closing hop of a trace for a Pod's answer, built once per Pod and status. */
export function backendHop(target: EndpointTarget, status: number): Hop {
  let byStatus = backendHops.get(target);
  if (!byStatus) backendHops.set(target, (byStatus = new Map()));
  let hop = byStatus.get(status);
  if (!hop)
    byStatus.set(
      status,
      (hop = { kind: 'backend', name: target.podKey, detail: hopText('backend-answer', { status }), status }),
    );
  return hop;
}
