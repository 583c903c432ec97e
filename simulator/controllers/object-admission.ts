import type { AppliedObject, KubeObject } from '../api-types.ts';
import { makeDiagnostic, type MessageParams } from '../importer/diagnostic-messages.ts';
import type { ImportedObject } from '../importer/import-manifests.ts';
import { formatFieldPath, type FieldPath } from '../importer/yaml-locator.ts';
import { objectKey, type IngressState, type PodState, type ServiceState } from '../model/cluster-state.ts';
import { templateHash } from '../model/names.ts';
import { TIMINGS } from '../model/timings.ts';
import type { ClusterIPAllocator } from '../network/cluster-ip-allocator.ts';
import type { NodePortAllocator } from '../network/node-port-allocator.ts';
import type { ControlPlane } from './control-plane.ts';
import { newPodState, podSpecModel } from './pod-factory.ts';
import { type Diagnostic, isObject } from '../../core/index.ts';

type Json = Record<string, unknown>;
const labelsOf = (v: unknown): Record<string, string> => (isObject(v) ? (v as Record<string, string>) : {});

/** The allocators admission uses. */
export interface Allocators {
  clusterIPs: ClusterIPAllocator;
  nodePorts: NodePortAllocator;
}

/** Key of an object in the applied-manifest map: `Kind/namespace/name`. */
export function manifestKey(kind: string, namespace: string | undefined, name: string): string {
  return `${kind}/${namespace ?? ''}/${name}`;
}

/**
 * The API server's side of `kubectl apply`: checks every object against the cluster (namespace exists,
 * NodePort and ClusterIP free, immutable fields), and only when all pass, stores them all. Returns errors
 * with the place of the offending field, or what was applied.
 */
export function admitObjects(
  cp: ControlPlane,
  allocators: Allocators,
  manifests: Map<string, KubeObject>,
  imported: readonly ImportedObject[],
  system: boolean,
): { diagnostics: Diagnostic[]; applied: AppliedObject[] } {
  const diagnostics: Diagnostic[] = [];
  const state = cp.state;
  const report = (item: ImportedObject, code: string, path: FieldPath, params: MessageParams): void => {
    const pos = item.locate(path);
    diagnostics.push(
      makeDiagnostic(
        code,
        { file: item.file, line: pos.line, column: pos.column, path: formatFieldPath(path) },
        params,
      ),
    );
  };
  const batchNamespaces = new Set(
    imported.filter((i) => i.object.kind === 'Namespace').map((i) => i.object.metadata.name),
  );
  const batchNodePorts = new Map<number, string>();
  for (const item of imported) {
    const o = item.object;
    const ns = o.metadata.namespace;
    if (ns !== undefined && !state.namespaces.has(ns) && !batchNamespaces.has(ns))
      report(item, 'namespace-not-found', ['metadata', 'namespace'], { namespace: ns });
    const spec = isObject(o.spec) ? o.spec : {};
    if (o.kind === 'Service' && ns !== undefined) {
      const key = objectKey(ns, o.metadata.name);
      const existing = state.services.get(key);
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      ports.forEach((p: unknown, i) => {
        if (!isObject(p) || typeof p.nodePort !== 'number') return;
        const owner = allocators.nodePorts.ownerOf(p.nodePort) ?? batchNodePorts.get(p.nodePort);
        if (owner !== undefined && owner !== key)
          report(item, 'node-port-allocated', ['spec', 'ports', i, 'nodePort'], { port: p.nodePort, owner });
        batchNodePorts.set(p.nodePort, key);
      });
      if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '') {
        if (existing && existing.clusterIP !== spec.clusterIP)
          report(item, 'immutable-field', ['spec', 'clusterIP'], { field: 'spec.clusterIP' });
        else if (!existing && spec.clusterIP !== 'None' && !allocators.clusterIPs.isFree(spec.clusterIP))
          report(item, 'invalid-value', ['spec', 'clusterIP'], {
            detail: `"${spec.clusterIP}": provided IP is already allocated`,
            detailEs: `la IP ${spec.clusterIP} ya está asignada`,
          });
      }
    }
    if (o.kind === 'Deployment' && ns !== undefined) {
      const existing = state.deployments.get(objectKey(ns, o.metadata.name));
      const selector = isObject(spec.selector) ? labelsOf(spec.selector.matchLabels) : {};
      if (existing && JSON.stringify(existing.selector) !== JSON.stringify(selector))
        report(item, 'immutable-field', ['spec', 'selector'], { field: 'spec.selector' });
    }
    if (o.kind === 'Pod' && ns !== undefined) {
      const existing = state.pods.get(objectKey(ns, o.metadata.name));
      if (
        existing?.manifest &&
        JSON.stringify(stripImages(existing.manifest.spec)) !== JSON.stringify(stripImages(o.spec))
      )
        report(item, 'immutable-field', ['spec'], {
          field: 'spec (Pod updates may not change fields other than images)',
        });
    }
  }
  if (diagnostics.length === 0) checkNodePortSupply(imported, allocators.nodePorts, report);
  if (diagnostics.length > 0) return { diagnostics, applied: [] };
  const applied: AppliedObject[] = [];
  for (const item of imported) {
    const o = item.object;
    const key = manifestKey(o.kind, o.metadata.namespace, o.metadata.name);
    const before = manifests.get(key);
    // What the student wrote: a namespace they left out stays out of the export.
    const written: KubeObject = item.namespaceDefaulted
      ? { ...o, metadata: withoutNamespace(o.metadata) }
      : o;
    const action: AppliedObject['action'] = !before
      ? 'created'
      : JSON.stringify(before) === JSON.stringify(written)
        ? 'unchanged'
        : 'configured';
    applied.push({ kind: o.kind, namespace: o.metadata.namespace ?? null, name: o.metadata.name, action });
    if (action === 'unchanged') continue;
    if (!system && !item.derivedFrom) manifests.set(key, written);
    if (item.inert) state.inert.set(key, o);
    else commit(cp, allocators, o, system);
  }
  cp.engine.touch();
  return { diagnostics, applied };
}

function withoutNamespace(metadata: KubeObject['metadata']): KubeObject['metadata'] {
  const { namespace: _namespace, ...rest } = metadata;
  return rest as KubeObject['metadata'];
}

function stripImages(spec: unknown): unknown {
  if (!isObject(spec) || !Array.isArray(spec.containers)) return spec;
  return {
    ...spec,
    containers: spec.containers.map((c: unknown) => (isObject(c) ? { ...c, image: undefined } : c)),
  };
}

/** Stores one admitted object in the cluster state (create or update). */
function commit(cp: ControlPlane, allocators: Allocators, o: KubeObject, system: boolean): void {
  const state = cp.state;
  const ns = o.metadata.namespace ?? '';
  const key = objectKey(ns, o.metadata.name);
  const spec = isObject(o.spec) ? o.spec : {};
  const uid = state.nextUid++;
  switch (o.kind) {
    case 'Namespace':
      state.namespaces.set(o.metadata.name, { manifest: system ? null : o, system });
      return;
    case 'Pod': {
      const existing = state.pods.get(key);
      if (existing) {
        existing.manifest = o;
        existing.spec = {
          ...existing.spec,
          containers: podSpecModel(spec, o.metadata.annotations ?? {}).containers,
        };
        return;
      }
      cp.pods.add(newBarePod(cp, o, uid));
      return;
    }
    case 'Deployment': {
      const strategy = isObject(spec.strategy) ? spec.strategy : {};
      const rolling = isObject(strategy.rollingUpdate) ? strategy.rollingUpdate : {};
      const existing = state.deployments.get(key);
      state.deployments.set(key, {
        namespace: ns,
        name: o.metadata.name,
        uid: existing?.uid ?? uid,
        replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
        selector: isObject(spec.selector) ? labelsOf(spec.selector.matchLabels) : {},
        template: podTemplate(spec.template),
        strategy: {
          type: strategy.type === 'Recreate' ? 'Recreate' : 'RollingUpdate',
          maxSurge: (rolling.maxSurge as number | string | undefined) ?? '25%',
          maxUnavailable: (rolling.maxUnavailable as number | string | undefined) ?? '25%',
        },
        revisionHistoryLimit: typeof spec.revisionHistoryLimit === 'number' ? spec.revisionHistoryLimit : 10,
        manifest: o,
        system,
        createdAtMs: existing?.createdAtMs ?? cp.engine.nowMs,
      });
      return;
    }
    case 'ReplicaSet': {
      const template = podTemplate(spec.template);
      const existing = state.replicaSets.get(key);
      state.replicaSets.set(key, {
        namespace: ns,
        name: o.metadata.name,
        uid: existing?.uid ?? uid,
        owner: null,
        replicas: typeof spec.replicas === 'number' ? spec.replicas : 1,
        selector: isObject(spec.selector) ? labelsOf(spec.selector.matchLabels) : {},
        template,
        templateHash: templateHash(template),
        revision: 0,
        manifest: o,
        createdAtMs: existing?.createdAtMs ?? cp.engine.nowMs,
      });
      return;
    }
    case 'Service':
      state.services.set(
        key,
        serviceState(state.services.get(key), allocators, o, key, uid, system, cp.engine.nowMs),
      );
      return;
    case 'Ingress':
      {
        const existing = state.ingresses.get(key);
        const ingress = ingressState(o, existing?.uid ?? uid, existing?.createdAtMs ?? cp.engine.nowMs);
        // Admission gives an Ingress without class the default IngressClass (ingress.md "Default IngressClass").
        const defaults = [...state.ingressClasses.entries()].filter(([, c]) => c.isDefault);
        if (ingress.className === null && ingress.classAnnotation === null && defaults.length === 1)
          ingress.className = defaults[0]![0];
        state.ingresses.set(key, ingress);
      }
      return;
    case 'IngressClass': {
      const annotations = o.metadata.annotations ?? {};
      state.ingressClasses.set(o.metadata.name, {
        controller: String(spec.controller ?? ''),
        isDefault: annotations['ingressclass.kubernetes.io/is-default-class'] === 'true',
        manifest: system ? null : o,
      });
      return;
    }
    default:
      state.inert.set(manifestKey(o.kind, o.metadata.namespace, o.metadata.name), o);
  }
}

function podTemplate(raw: unknown): {
  metadata: { labels: Record<string, string>; annotations: Record<string, string> };
  spec: Json;
} {
  const t = isObject(raw) ? raw : {};
  const metadata = isObject(t.metadata) ? t.metadata : {};
  return {
    metadata: { labels: labelsOf(metadata.labels), annotations: labelsOf(metadata.annotations) },
    spec: isObject(t.spec) ? t.spec : {},
  };
}

function newBarePod(cp: ControlPlane, o: KubeObject, uid: number): PodState {
  const spec = isObject(o.spec) ? o.spec : {};
  return newPodState(
    {
      uid,
      namespace: o.metadata.namespace ?? 'default',
      name: o.metadata.name,
      labels: { ...(o.metadata.labels ?? {}) },
      spec: podSpecModel(spec, o.metadata.annotations ?? {}),
      owner: null,
      manifest: o,
      templateHash: null,
    },
    cp.engine.nowMs,
  );
}

function serviceState(
  existing: ServiceState | undefined,
  allocators: Allocators,
  o: KubeObject,
  key: string,
  uid: number,
  system: boolean,
  nowMs: number,
): ServiceState {
  const spec = isObject(o.spec) ? o.spec : {};
  const type = (typeof spec.type === 'string' ? spec.type : 'ClusterIP') as ServiceState['type'];
  let clusterIP = existing?.clusterIP;
  if (!clusterIP) {
    if (typeof spec.clusterIP === 'string' && spec.clusterIP !== '') {
      clusterIP = spec.clusterIP;
      if (clusterIP !== 'None') allocators.clusterIPs.reserve(clusterIP);
    } else clusterIP = type === 'ExternalName' ? '' : allocators.clusterIPs.allocate();
  }
  const wantsNodePort = type === 'NodePort' || type === 'LoadBalancer';
  const keep = new Map((existing?.ports ?? []).map((p) => [`${p.port}/${p.protocol}`, p.nodePort]));
  allocators.nodePorts.releaseAll(key);
  const rawPorts = Array.isArray(spec.ports) ? spec.ports.filter(isObject) : [];
  const ports = rawPorts.map((p) => {
    const protocol = typeof p.protocol === 'string' ? p.protocol : 'TCP';
    const port = Number(p.port);
    let nodePort: number | null = null;
    if (wantsNodePort) {
      const wanted = typeof p.nodePort === 'number' ? p.nodePort : (keep.get(`${port}/${protocol}`) ?? null);
      nodePort =
        wanted !== null && allocators.nodePorts.reserve(wanted, key)
          ? wanted
          : allocators.nodePorts.allocate(key);
    }
    return {
      name: typeof p.name === 'string' ? p.name : null,
      protocol,
      port,
      targetPort: (p.targetPort as number | string | undefined) ?? port,
      nodePort,
    };
  });
  const affinityConfig =
    isObject(spec.sessionAffinityConfig) && isObject(spec.sessionAffinityConfig.clientIP)
      ? spec.sessionAffinityConfig.clientIP
      : {};
  return {
    namespace: o.metadata.namespace ?? 'default',
    name: o.metadata.name,
    uid: existing?.uid ?? uid,
    type,
    clusterIP,
    ports,
    selector: isObject(spec.selector) ? labelsOf(spec.selector) : null,
    externalTrafficPolicy: spec.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
    sessionAffinity: spec.sessionAffinity === 'ClientIP' ? 'ClientIP' : 'None',
    affinityTimeoutMs:
      typeof affinityConfig.timeoutSeconds === 'number'
        ? affinityConfig.timeoutSeconds * 1000
        : TIMINGS.affinityTimeoutMs,
    manifest: o,
    system,
    createdAtMs: existing?.createdAtMs ?? nowMs,
  };
}

function backendRef(raw: unknown): { service: string; port: number | string } | null {
  if (!isObject(raw) || !isObject(raw.service)) return null;
  const port = isObject(raw.service.port) ? raw.service.port : {};
  return {
    service: String(raw.service.name ?? ''),
    port: typeof port.number === 'number' ? port.number : String(port.name ?? ''),
  };
}

function ingressState(o: KubeObject, uid: number, createdAtMs: number): IngressState {
  const spec = isObject(o.spec) ? o.spec : {};
  const rules = (Array.isArray(spec.rules) ? spec.rules : []).filter(isObject).map((r) => ({
    host: typeof r.host === 'string' && r.host !== '' ? r.host : null,
    paths: (isObject(r.http) && Array.isArray(r.http.paths) ? r.http.paths : [])
      .filter(isObject)
      .flatMap((p) => {
        const backend = backendRef(p.backend);
        if (!backend) return [];
        return [
          {
            path: typeof p.path === 'string' && p.path !== '' ? p.path : '/',
            pathType:
              (p.pathType as 'Exact' | 'Prefix' | 'ImplementationSpecific') ?? 'ImplementationSpecific',
            backend,
          },
        ];
      }),
  }));
  const tls = (Array.isArray(spec.tls) ? spec.tls : [])
    .filter(isObject)
    .flatMap((t) => (Array.isArray(t.hosts) ? t.hosts.map(String) : []));
  const annotations = o.metadata.annotations ?? {};
  return {
    namespace: o.metadata.namespace ?? 'default',
    name: o.metadata.name,
    uid,
    className: typeof spec.ingressClassName === 'string' ? spec.ingressClassName : null,
    classAnnotation: annotations['kubernetes.io/ingress.class'] ?? null,
    rules,
    defaultBackend: backendRef(spec.defaultBackend),
    tlsHosts: tls,
    manifest: o,
    createdAtMs,
  };
}

/**
 * All-or-nothing: every NodePort the batch needs must fit in the range before anything is stored, or
 * the apply would stop half-way when the allocator runs dry (kube-apiserver answers each Service with
 * "range is full"; here the whole batch is refused at the first Service that does not fit).
 */
function checkNodePortSupply(
  imported: readonly ImportedObject[],
  nodePorts: NodePortAllocator,
  report: (item: ImportedObject, code: string, path: FieldPath, params: MessageParams) => void,
): void {
  const services = imported.filter((item) => {
    const spec = isObject(item.object.spec) ? item.object.spec : {};
    return item.object.kind === 'Service' && (spec.type === 'NodePort' || spec.type === 'LoadBalancer');
  });
  if (services.length === 0) return;
  const free = nodePorts.freeFor(
    new Set(services.map((i) => objectKey(i.object.metadata.namespace ?? '', i.object.metadata.name))),
  );
  let wanted = 0;
  for (const item of services) {
    const spec = item.object.spec as Json;
    wanted += Array.isArray(spec.ports) ? spec.ports.length : 0;
    if (wanted > free) return report(item, 'node-ports-exhausted', ['spec', 'ports'], { wanted, free });
  }
}
