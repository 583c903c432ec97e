import type { Hop, SimRequest, Trace } from '../api-types.ts';
import { hashIndex } from '../model/prng.ts';
import { hopText } from './hop-texts.ts';
import type { IngressRoute } from './ingress/ingress-route.ts';
import { deliver } from './pod-delivery.ts';
import { clientTimeout, drop, fail, type PendingCall, type RouteContext } from './route-context.ts';
import type { EndpointTarget, IngressTarget } from './routing-table.ts';

const ruleHops = new WeakMap<IngressRoute<IngressTarget>, Hop>();
const controllerHops = new WeakMap<EndpointTarget, { mode: string; hop: Hop }>();
const TEXT_PLAIN = 'text/plain; charset=utf-8';

/**
 * k3s's Ingress controller (Traefik) once kube-proxy has handed it the request: matches Host and path
 * against the Ingress rules (traefik or conformant mode), answers 404/503 itself, or proxies to one ready
 * endpoint of the backend Service with the X-Forwarded-* headers.
 */
export function viaIngress(
  ctx: RouteContext,
  trace: Trace,
  controller: EndpointTarget,
  request: SimRequest,
  seenIP: string,
  hostHeader: string,
): Trace | PendingCall {
  const table = ctx.table;
  if (!controller.node.kubeletUp)
    return drop(
      trace,
      clientTimeout(request),
      hopText('traefik-node-timeout', { node: controller.node.name }),
    );
  trace.hops.push(controllerHop(controller, table.mode));
  const route = table.ingress.match(hostHeader, request.path);
  if (!route) {
    trace.response = { status: 404, headers: { 'content-type': TEXT_PLAIN }, body: '404 page not found\n' };
    return fail(trace, 404, hopText('ingress-no-match', { host: hostHeader, path: request.path }), {
      kind: 'ingress-rule',
      name: '-',
      detail: hopText('ingress-404'),
      status: 404,
    });
  }
  let hop = ruleHops.get(route);
  if (!hop)
    ruleHops.set(
      route,
      (hop = {
        kind: 'ingress-rule',
        name: `${route.ingress} ${route.host ?? '*'}${route.path}`,
        detail: table.ingress.explain(route),
      }),
    );
  trace.hops.push(hop);
  if (request.scheme === 'https' && !(table.ingressTls.get(route.ingress) ?? []).includes(hostHeader)) {
    // "TLS will not work on the default rule": without a tls entry for the host Traefik serves its default certificate.
    trace.warnings.push(hopText('ingress-no-tls', { ingress: route.ingress, host: hostHeader }));
  }
  const entry = route.backend.entry;
  if (!entry) {
    trace.service = route.backend.serviceKey;
    trace.response = { status: 503, headers: { 'content-type': TEXT_PLAIN }, body: 'Service Unavailable' };
    return fail(
      trace,
      503,
      hopText('ingress-backend-missing', {
        service: route.backend.serviceKey,
        port: route.backend.servicePort,
      }),
    );
  }
  trace.hops.push(entry.serviceHop);
  trace.service = entry.serviceKey;
  trace.servicePort = entry.port.port;
  const list = entry.targets;
  if (list.length === 0) {
    trace.response = { status: 503, headers: { 'content-type': TEXT_PLAIN }, body: 'no available server' };
    return fail(trace, 503, hopText('ingress-503', { service: entry.serviceKey }));
  }
  // Traefik balances over EndpointSlice addresses itself, not through the ClusterIP (spec §1.4).
  const target = list.length === 1 ? list[0]! : list[hashIndex(ctx.seed, ctx.nextRequest(), list.length)]!;
  // Headers Traefik adds; a literal keeps one object shape, so this stays cheap at a million requests/s.
  const forwarded: Record<string, string> = {
    host: hostHeader,
    'x-forwarded-for': seenIP,
    'x-forwarded-proto': request.scheme,
    'x-real-ip': seenIP,
  };
  const original = request.headers;
  if (original) for (const name in original) if (!(name in forwarded)) forwarded[name] = original[name]!;
  return deliver(
    ctx,
    trace,
    entry,
    target,
    request,
    controller.pod.ip ?? seenIP,
    hostHeader,
    true,
    forwarded,
  );
}

/** The Traefik hop, built once per controller Pod and ingress mode. */
function controllerHop(controller: EndpointTarget, mode: string): Hop {
  let cached = controllerHops.get(controller);
  if (!cached || cached.mode !== mode) {
    const modeText = hopText(mode === 'traefik' ? 'traefik-mode-traefik' : 'traefik-mode-conformant');
    cached = {
      mode,
      hop: {
        kind: 'ingress-controller',
        name: controller.podKey,
        detail: hopText('ingress-controller', { mode: modeText }),
      },
    };
    controllerHops.set(controller, cached);
  }
  return cached.hop;
}
