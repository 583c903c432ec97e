import type { IngressView, ServiceView } from '../api-types.ts';
import { objectKey } from '../model/cluster-state.ts';
import { type ObjectContext, uidOf } from './object-context.ts';
import {
  apiTime,
  controllerRef,
  identityOf,
  isJson,
  type Json,
  labelsAndAnnotations,
  objectHead,
  objectMeta,
  stableHex,
} from './object-meta.ts';

/** A Service as the apiserver returns it, with its allocated ClusterIP, NodePorts and ServiceLB status. */
export function serviceObject(ctx: ObjectContext, s: ServiceView): Json {
  const state = ctx.state.services.get(objectKey(s.namespace, s.name));
  const manifest = state?.manifest;
  const spec = isJson(manifest?.spec) ? manifest.spec : {};
  const external = s.type === 'NodePort' || s.type === 'LoadBalancer';
  return {
    ...objectHead(ctx, 'v1', 'Service', { ...identityOf(s), ...labelsAndAnnotations(manifest) }),
    spec: {
      ...spec,
      allocateLoadBalancerNodePorts:
        s.type === 'LoadBalancer' ? (spec.allocateLoadBalancerNodePorts ?? true) : undefined,
      clusterIP: s.clusterIP,
      clusterIPs: [s.clusterIP],
      externalTrafficPolicy: external ? s.externalTrafficPolicy : undefined,
      internalTrafficPolicy: spec.internalTrafficPolicy ?? 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: spec.ipFamilyPolicy ?? 'SingleStack',
      // A headless Service may have no ports; the field is then absent (omitempty), not `[]`.
      ports: s.ports.length
        ? s.ports.map((p) => ({
            name: p.name ?? undefined,
            nodePort: p.nodePort ?? undefined,
            port: p.port,
            protocol: p.protocol,
            targetPort: p.targetPort,
          }))
        : undefined,
      selector: s.selector ?? undefined,
      sessionAffinity: s.sessionAffinity,
      type: s.type,
    },
    status: {
      loadBalancer: s.loadBalancerIPs.length
        ? { ingress: s.loadBalancerIPs.map((ip) => ({ ip, ipMode: 'VIP' })) }
        : {},
    },
  };
}

function targetRef(ctx: ObjectContext, pod: string): Json {
  const [namespace, name] = pod.split('/') as [string, string];
  return { kind: 'Pod', name, namespace, uid: uidOf(ctx, 'Pod', namespace, name) };
}

/** The Endpoints object the endpoints controller keeps for a Service with a selector. */
export function endpointsObject(ctx: ObjectContext, s: ServiceView): Json | null {
  if (!s.selector) return s.name === 'kubernetes' ? kubernetesEndpoints(ctx, s) : null;
  const ready = s.endpoints.filter((e) => e.ready);
  const notReady = s.endpoints.filter((e) => !e.ready && !e.terminating);
  const address = (e: ServiceView['endpoints'][number]): Json => ({
    ip: e.ip,
    nodeName: e.nodeName,
    targetRef: targetRef(ctx, e.pod),
  });
  return {
    ...objectHead(ctx, 'v1', 'Endpoints', { ...identityOf(s), labels: serviceLabels(ctx, s) }),
    subsets:
      ready.length || notReady.length
        ? [
            {
              addresses: ready.length ? ready.map(address) : undefined,
              notReadyAddresses: notReady.length ? notReady.map(address) : undefined,
              ports: s.ports.map((p, i) => ({
                name: p.name ?? undefined,
                port: s.endpoints[0]?.ports[i] ?? (typeof p.targetPort === 'number' ? p.targetPort : p.port),
                protocol: p.protocol,
              })),
            },
          ]
        : undefined,
  };
}

function kubernetesEndpoints(ctx: ObjectContext, s: ServiceView): Json {
  const server = ctx.state.nodes.find((n) => n.role === 'server') ?? ctx.state.nodes[0];
  return {
    ...objectHead(ctx, 'v1', 'Endpoints', {
      ...identityOf(s),
      labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
    }),
    subsets: [
      {
        addresses: [{ ip: server?.internalIP ?? '192.168.1.10' }],
        ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
      },
    ],
  };
}

function serviceLabels(ctx: ObjectContext, s: ServiceView): Record<string, string> | undefined {
  return ctx.state.services.get(objectKey(s.namespace, s.name))?.manifest.metadata.labels;
}

/** The EndpointSlice (IPv4) the EndpointSlice controller keeps for a Service. */
export function endpointSliceObject(ctx: ObjectContext, s: ServiceView): Json | null {
  if (!s.selector && s.name !== 'kubernetes') return null;
  const name =
    s.name === 'kubernetes'
      ? 'kubernetes'
      : `${s.name}-${stableHex(s.name + s.createdAtMs, 5).replace(/[0-9]/g, (d) => 'bcdfghjklm'[Number(d)]!)}`;
  const server = ctx.state.nodes.find((n) => n.role === 'server') ?? ctx.state.nodes[0];
  const endpoints =
    s.name === 'kubernetes'
      ? [{ addresses: [server?.internalIP ?? '192.168.1.10'], conditions: { ready: true } }]
      : s.endpoints.map((e) => ({
          addresses: [e.ip],
          conditions: { ready: e.ready, serving: e.serving, terminating: e.terminating },
          nodeName: e.nodeName,
          targetRef: targetRef(ctx, e.pod),
        }));
  return {
    addressType: 'IPv4',
    apiVersion: 'discovery.k8s.io/v1',
    endpoints: endpoints.length ? endpoints : null,
    kind: 'EndpointSlice',
    metadata: objectMeta(ctx, 'EndpointSlice', {
      namespace: s.namespace,
      name,
      createdAtMs: s.createdAtMs,
      generateName: s.name === 'kubernetes' ? undefined : `${s.name}-`,
      labels: {
        ...serviceLabels(ctx, s),
        'endpointslice.kubernetes.io/managed-by':
          s.name === 'kubernetes' ? 'endpointslice-controller.k8s.io' : 'endpointslice-controller.k8s.io',
        'kubernetes.io/service-name': s.name,
      },
      ownerReferences: [controllerRef('v1', 'Service', s.name, uidOf(ctx, 'Service', s.namespace, s.name))],
    }),
    ports:
      s.name === 'kubernetes'
        ? [{ name: 'https', port: 6443, protocol: 'TCP' }]
        : s.ports.map((p, i) => ({
            name: p.name ?? '',
            port: s.endpoints[0]?.ports[i] ?? (typeof p.targetPort === 'number' ? p.targetPort : null),
            protocol: p.protocol,
          })),
  };
}

/** An Ingress as the apiserver returns it (networking.k8s.io/v1, whatever version it was written in). */
export function ingressObject(ctx: ObjectContext, i: IngressView): Json {
  const state = ctx.state.ingresses.get(objectKey(i.namespace, i.name));
  const manifest = state?.manifest;
  const backend = (b: { service: string; port: number | string }): Json => ({
    service: { name: b.service, port: typeof b.port === 'number' ? { number: b.port } : { name: b.port } },
  });
  const spec = isJson(manifest?.spec) ? manifest.spec : {};
  return {
    ...objectHead(ctx, 'networking.k8s.io/v1', 'Ingress', {
      ...identityOf(i),
      ...labelsAndAnnotations(manifest),
    }),
    spec: {
      defaultBackend: i.defaultBackend ? backend(i.defaultBackend) : undefined,
      ingressClassName: i.className ?? undefined,
      rules: i.rules.length
        ? i.rules.map((r) => ({
            host: r.host ?? undefined,
            http: {
              paths: r.paths.map((p) => ({ backend: backend(p), path: p.path, pathType: p.pathType })),
            },
          }))
        : undefined,
      tls: Array.isArray(spec.tls) ? spec.tls : undefined,
    },
    status: { loadBalancer: i.addresses.length ? { ingress: i.addresses.map((ip) => ({ ip })) } : {} },
  };
}

/** The IngressClasses (k3s installs `traefik`, the default class). */
export function ingressClassObjects(ctx: ObjectContext): Json[] {
  return [...ctx.state.ingressClasses.entries()].map(([name, c]) => ({
    ...objectHead(ctx, 'networking.k8s.io/v1', 'IngressClass', {
      name,
      createdAtMs: c.createdAtMs,
      labels:
        c.manifest === null
          ? {
              'app.kubernetes.io/instance': 'traefik-kube-system',
              'app.kubernetes.io/managed-by': 'Helm',
              'app.kubernetes.io/name': 'traefik',
              'helm.sh/chart': 'traefik-37.1.1_up37.1.0',
            }
          : c.manifest.metadata.labels,
      annotations: {
        ...(c.manifest === null
          ? { 'meta.helm.sh/release-name': 'traefik', 'meta.helm.sh/release-namespace': 'kube-system' }
          : {}),
        ...(c.isDefault ? { 'ingressclass.kubernetes.io/is-default-class': 'true' } : {}),
        ...c.manifest?.metadata.annotations,
      },
    }),
    spec: { controller: c.controller },
  }));
}

/** The time an object was created, as the apiserver writes it (used by tables). */
export const createdAt = (ctx: ObjectContext, ms: number): string => apiTime(ctx, ms);
