import type { BackendRequest, Hop, SimRequest, Trace } from '../api-types.ts';
import type { NodeState } from '../model/cluster-state.ts';
import { hashIndex } from '../model/prng.ts';
import type { IngressRoute } from './ingress/ingress-route.ts';
import type { EndpointTarget, IngressTarget, RoutingTable, ServicePortEntry } from './routing-table.ts';
import type { Bilingual } from '../../core/index.ts';

/** What a routing run needs besides the table: the seed, a request counter and the ClientIP affinity table. */
export interface RouteContext {
  table: RoutingTable;
  seed: number;
  nowMs: number;
  /** Returns the next request number (each request's endpoint choice is a hash of seed and number). */
  nextRequest(): number;
  /** ClientIP session affinity: `service#port|clientIP` → [podKey, expiresAtMs]. */
  affinity: Map<string, [string, number]>;
}

/** A routed request that reached a Pod: the trace so far and the call to make. */
export interface PendingCall {
  trace: Trace;
  target: EndpointTarget;
  request: BackendRequest;
}

const DEFAULT_SOURCE = { kind: 'external', ip: '203.0.113.10' } as const;
const EMPTY_HEADERS: Record<string, string> = {};
const ruleHops = new WeakMap<IngressRoute<IngressTarget>, Hop>();
const controllerHops = new WeakMap<EndpointTarget, { mode: string; hop: Hop }>();

function fail(trace: Trace, status: number, error: Bilingual, hop?: Hop): Trace {
  if (hop) trace.hops.push(hop);
  trace.status = status;
  trace.error = error;
  return trace;
}

/**
 * Routes a request through the simulated cluster up to the Pod that must answer: client → node:port
 * (NodePort or ServiceLB) → kube-proxy → Service → endpoint → Pod, with Traefik and the Ingress rules in
 * between for ports 80/443. Returns a finished Trace when the request is refused on the way, or the call
 * to make to the Pod's backend.
 */
export function planRoute(ctx: RouteContext, request: SimRequest): Trace | PendingCall {
  const table = ctx.table;
  const source = request.source ?? DEFAULT_SOURCE;
  const headers = request.headers ?? EMPTY_HEADERS;
  const hostHeader = headers.host ?? headers.Host ?? request.host;
  const trace: Trace = {
    status: 0,
    service: null,
    servicePort: null,
    pod: null,
    node: null,
    hops: [clientHop(request, source, hostHeader)],
    warnings: [],
    error: null,
    response: null,
  };
  let clientIP: string = source.kind === 'external' ? source.ip : '';
  let host = request.host;
  if (source.kind === 'pod') {
    const pod = [...table.podsByIP.values()].find((p) => p.namespace === source.ns && p.name === source.name);
    if (!pod?.ip)
      return fail(trace, 0, {
        es: `El Pod de origen ${source.ns}/${source.name} no existe o no tiene IP.`,
        en: `Source Pod ${source.ns}/${source.name} does not exist or has no IP.`,
      });
    clientIP = pod.ip;
    const serviceKey =
      table.dns.get(host) ?? (host.includes('.') ? undefined : table.dns.get(`${host}.${source.ns}`));
    if (serviceKey) {
      const service = table.servicesByKey.get(serviceKey)!;
      if (service.clusterIP === 'None') {
        const entry = table.entriesByService.get(serviceKey)?.[0];
        const list = entry?.targets ?? [];
        if (!entry || list.length === 0)
          return fail(trace, 0, {
            es: `El Service headless ${serviceKey} no tiene Pods listos: el DNS no devuelve direcciones.`,
            en: `Headless Service ${serviceKey} has no ready Pods: DNS returns no addresses.`,
          });
        const target = list[hashIndex(ctx.seed, ctx.nextRequest(), list.length)]!;
        trace.hops.push({
          kind: 'dns',
          name: host,
          detail: {
            es: `Service headless: CoreDNS devuelve las IPs de los Pods; se usa ${target.pod.ip}.`,
            en: `Headless Service: CoreDNS returns the Pod IPs; using ${target.pod.ip}.`,
          },
        });
        trace.service = serviceKey;
        trace.servicePort = request.port;
        return deliver(ctx, trace, entry, target, request, clientIP, hostHeader);
      }
      trace.hops.push({
        kind: 'dns',
        name: host,
        detail: {
          es: `CoreDNS resuelve ${host} a la ClusterIP ${service.clusterIP}.`,
          en: `CoreDNS resolves ${host} to ClusterIP ${service.clusterIP}.`,
        },
      });
      host = service.clusterIP;
    }
    const entry = table.clusterIPs.get(`${host}:${request.port}`);
    if (entry) {
      trace.hops.push({
        kind: 'kube-proxy',
        name: `${host}:${request.port}`,
        detail: {
          es: 'kube-proxy: regla DNAT de la ClusterIP hacia un endpoint listo elegido al azar.',
          en: 'kube-proxy: ClusterIP DNAT rule to a ready endpoint chosen at random.',
        },
      });
      return viaService(ctx, trace, entry, null, request, clientIP, clientIP, hostHeader);
    }
    const direct = table.podsByIP.get(host);
    if (direct) {
      const entry = [...table.entriesByService.values()]
        .flat()
        .find((e) => e.targets.some((t) => t.pod === direct && t.port === request.port));
      const target = entry?.targets.find((t) => t.pod === direct && t.port === request.port);
      if (!entry || !target)
        return fail(trace, 0, {
          es: `Conexión rechazada: nada escucha en ${host}:${request.port}.`,
          en: `Connection refused: nothing listens on ${host}:${request.port}.`,
        });
      return deliver(ctx, trace, entry, target, request, clientIP, hostHeader);
    }
    if (!table.nodesByAddress.has(host))
      return fail(trace, 0, {
        es: `No se pudo resolver ${host} dentro del clúster.`,
        en: `Could not resolve ${host} inside the cluster.`,
      });
  }
  let node = table.nodesByAddress.get(host);
  if (!node) {
    if (host.startsWith('10.43.') || host.startsWith('10.42.'))
      return fail(trace, 0, {
        es: `${host} es una IP interna del clúster: desde fuera no se alcanza (usa NodePort, LoadBalancer o Ingress).`,
        en: `${host} is a cluster-internal IP: unreachable from outside (use a NodePort, LoadBalancer or Ingress).`,
      });
    node = table.entryNode ?? undefined;
    if (!node) return fail(trace, 0, { es: 'El clúster no tiene nodos.', en: 'The cluster has no nodes.' });
    const assumption = {
      es: `Se supone que el DNS de ${host} apunta al nodo ${node.name} (${node.internalIP}).`,
      en: `Assuming ${host}'s DNS record points at node ${node.name} (${node.internalIP}).`,
    };
    trace.hops.push({ kind: 'dns', name: host, detail: assumption });
    trace.warnings.push(assumption);
  }
  return viaNode(ctx, trace, node, request, clientIP, hostHeader);
}

function viaNode(
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
    return fail(trace, 0, {
      es: `Tiempo agotado: el nodo ${node.name} no responde.`,
      en: `Timed out: node ${node.name} does not answer.`,
    });
  let entry = table.nodePorts.get(port);
  const viaNodePort = entry !== undefined;
  if (!entry) {
    entry = table.loadBalancers.get(node.internalIP + ':' + port);
    if (!entry) {
      return fail(trace, 0, {
        es: `Conexión rechazada: nada escucha en ${node.name} (${node.internalIP}):${port}. Los NodePort van de 30000 a 32767.`,
        en: `Connection refused: nothing listens on ${node.name} (${node.internalIP}):${port}. NodePorts range from 30000 to 32767.`,
      });
    }
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

function viaService(
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
    return fail(
      trace,
      0,
      localNode
        ? {
            es: `Descartado: ${localNode.name} no tiene endpoints listos de ${entry.serviceKey} y la política es Local.`,
            en: `Dropped: ${localNode.name} has no ready endpoint of ${entry.serviceKey} and the policy is Local.`,
          }
        : {
            es: `Conexión rechazada: ${entry.serviceKey} no tiene endpoints listos.`,
            en: `Connection refused: ${entry.serviceKey} has no ready endpoints.`,
          },
    );
  }
  const target = pickTarget(ctx, entry, list, clientIP);
  if (entry.isIngressController) return viaIngress(ctx, trace, target, request, seenIP, hostHeader);
  return deliver(ctx, trace, entry, target, request, seenIP, hostHeader);
}

function pickTarget(
  ctx: RouteContext,
  entry: ServicePortEntry,
  list: EndpointTarget[],
  clientIP: string,
): EndpointTarget {
  if (entry.service.sessionAffinity !== 'ClientIP')
    return list[list.length === 1 ? 0 : hashIndex(ctx.seed, ctx.nextRequest(), list.length)]!;
  // ClientIP affinity: the same client reaches the same endpoint until the timeout (iptables "recent" module).
  const key = `${entry.serviceKey}#${entry.portIndex}|${clientIP}`;
  const held = ctx.affinity.get(key);
  const kept = held && held[1] > ctx.nowMs ? list.find((t) => t.podKey === held[0]) : undefined;
  const target = kept ?? list[hashIndex(ctx.seed, ctx.nextRequest(), list.length)]!;
  ctx.affinity.set(key, [target.podKey, ctx.nowMs + entry.service.affinityTimeoutMs]);
  return target;
}

function viaIngress(
  ctx: RouteContext,
  trace: Trace,
  controller: EndpointTarget,
  request: SimRequest,
  seenIP: string,
  hostHeader: string,
): Trace | PendingCall {
  const table = ctx.table;
  if (!controller.node.kubeletUp)
    return fail(trace, 0, {
      es: `Tiempo agotado: el Pod de Traefik está en ${controller.node.name}, que no responde.`,
      en: `Timed out: the Traefik Pod is on ${controller.node.name}, which does not answer.`,
    });
  let controllerHop = controllerHops.get(controller);
  if (!controllerHop || controllerHop.mode !== table.mode) {
    const mode =
      table.mode === 'traefik'
        ? { es: 'Traefik 3 por defecto', en: 'Traefik 3 default' }
        : { es: 'conforme a la especificación', en: 'spec-conformant' };
    controllerHop = {
      mode: table.mode,
      hop: {
        kind: 'ingress-controller',
        name: controller.podKey,
        detail: {
          es: `Traefik (controlador Ingress de k3s), modo ${mode.es}: compara el Host y la ruta con las reglas de Ingress.`,
          en: `Traefik (k3s's Ingress controller), ${mode.en} mode: matches Host and path against the Ingress rules.`,
        },
      },
    };
    controllerHops.set(controller, controllerHop);
  }
  trace.hops.push(controllerHop.hop);
  const route = table.ingress.match(hostHeader, request.path);
  if (!route) {
    trace.response = {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: '404 page not found\n',
    };
    return fail(
      trace,
      404,
      {
        es: `Ninguna regla de Ingress coincide con ${hostHeader}${request.path}.`,
        en: `No Ingress rule matches ${hostHeader}${request.path}.`,
      },
      {
        kind: 'ingress-rule',
        name: '-',
        detail: { es: 'Sin coincidencias: 404 page not found.', en: 'No match: 404 page not found.' },
        status: 404,
      },
    );
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
    trace.warnings.push({
      es: `El Ingress ${route.ingress} no tiene tls para ${hostHeader}: Traefik responde con su certificado autofirmado por defecto.`,
      en: `Ingress ${route.ingress} has no tls entry for ${hostHeader}: Traefik answers with its default self-signed certificate.`,
    });
  }
  const entry = route.backend.entry;
  if (!entry) {
    trace.service = route.backend.serviceKey;
    trace.response = {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'Service Unavailable',
    };
    return fail(trace, 503, {
      es: `El backend ${route.backend.serviceKey}:${route.backend.servicePort} no existe.`,
      en: `Backend ${route.backend.serviceKey}:${route.backend.servicePort} does not exist.`,
    });
  }
  trace.hops.push(entry.serviceHop);
  trace.service = entry.serviceKey;
  trace.servicePort = entry.port.port;
  const list = entry.targets;
  if (list.length === 0) {
    trace.response = {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'no available server',
    };
    return fail(trace, 503, {
      es: `${entry.serviceKey} no tiene endpoints listos: 503.`,
      en: `${entry.serviceKey} has no ready endpoints: 503.`,
    });
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

function deliver(
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
  if (!target.node.kubeletUp)
    return fail(trace, viaProxy ? 504 : 0, {
      es: `Tiempo agotado: el Pod está en ${target.node.name}, que no responde.`,
      en: `Timed out: the Pod is on ${target.node.name}, which does not answer.`,
    });
  if (!target.listening)
    return fail(trace, viaProxy ? 502 : 0, {
      es: `Conexión rechazada: el Pod no declara el puerto ${target.port}.`,
      en: `Connection refused: the Pod declares no port ${target.port}.`,
    });
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
      (hop = {
        kind: 'backend',
        name: target.podKey,
        detail: { es: `Respuesta ${status} del Pod.`, en: `Pod answered ${status}.` },
        status,
      }),
    );
  return hop;
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
        detail: {
          es: `NodePort ${port} del Service ${entry.serviceKey}, abierto en todos los nodos.`,
          en: `NodePort ${port} of Service ${entry.serviceKey}, open on every node.`,
        },
      }
    : {
        kind: 'load-balancer',
        name: `${node.internalIP}:${port}`,
        detail: {
          es: `ServiceLB de k3s (svclb) en ${node.name}: el puerto ${port} del Service ${entry.serviceKey}.`,
          en: `k3s ServiceLB (svclb) on ${node.name}: port ${port} of Service ${entry.serviceKey}.`,
        },
      };
  const proxy: Hop = {
    kind: 'kube-proxy',
    name: node.name,
    detail: local
      ? {
          es: 'kube-proxy, externalTrafficPolicy Local: solo endpoints de este nodo; se conserva la IP del cliente.',
          en: 'kube-proxy, externalTrafficPolicy Local: only endpoints on this node; the client IP is kept.',
        }
      : {
          es: `kube-proxy, externalTrafficPolicy Cluster: cualquier endpoint listo; SNAT a la IP del nodo ${node.internalIP}.`,
          en: `kube-proxy, externalTrafficPolicy Cluster: any ready endpoint; SNAT to node IP ${node.internalIP}.`,
        },
  };
  return { entry: first, proxy };
}

interface ClientHopCache {
  method: string;
  scheme: string;
  host: string;
  port: number;
  path: string;
  hostHeader: string;
  name: string;
  hop: Hop;
}
const clientHops = new WeakMap<SimRequest, ClientHopCache>();

/** The first hop, cached per request object (benchmarks and the view resend the same requests). */
function clientHop(request: SimRequest, source: NonNullable<SimRequest['source']>, hostHeader: string): Hop {
  const name = source.kind === 'external' ? source.ip : `${source.ns}/${source.name}`;
  const c = clientHops.get(request);
  if (
    c &&
    c.method === request.method &&
    c.scheme === request.scheme &&
    c.host === request.host &&
    c.port === request.port &&
    c.path === request.path &&
    c.hostHeader === hostHeader &&
    c.name === name
  )
    return c.hop;
  const line = `${request.method} ${request.scheme}://${request.host}:${request.port}${request.path}${hostHeader !== request.host ? ` (Host: ${hostHeader})` : ''}`;
  const hop: Hop = { kind: 'client', name, detail: { es: line, en: line } };
  clientHops.set(request, {
    method: request.method,
    scheme: request.scheme,
    host: request.host,
    port: request.port,
    path: request.path,
    hostHeader,
    name,
    hop,
  });
  return hop;
}
