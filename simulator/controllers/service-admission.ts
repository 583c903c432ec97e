import type { KubeObject } from '../api-types.ts';
import type { ImportedObject } from '../importer/import-manifests.ts';
import { objectKey, type ServiceState } from '../model/cluster-state.ts';
import { TIMINGS } from '../model/timings.ts';
import type { NodePortAllocator } from '../network/node-port-allocator.ts';
import { stringMap, type AdmissionReport, type Allocators, type KindAdmission } from './kind-admission.ts';
import { isObject } from '../../core/index.ts';

/**
 * Service: a NodePort may belong to one Service only (in the cluster or earlier in the same apply), and
 * spec.clusterIP is immutable and must be free when asked for.
 */
export const serviceAdmission: KindAdmission = {
  check: ({ cp, allocators, report, batchNodePorts }, item, key, spec) => {
    const existing = cp.state.services.get(key);
    const ports = Array.isArray(spec.ports) ? spec.ports : [];
    ports.forEach((p: unknown, i) => {
      if (!isObject(p) || typeof p.nodePort !== 'number') return;
      const owner = allocators.nodePorts.ownerOf(p.nodePort) ?? batchNodePorts.get(p.nodePort);
      if (owner !== undefined && owner !== key)
        report(item, 'node-port-allocated', ['spec', 'ports', i, 'nodePort'], { port: p.nodePort, owner });
      batchNodePorts.set(p.nodePort, key);
    });
    if (typeof spec.clusterIP !== 'string' || spec.clusterIP === '') return;
    if (existing && existing.clusterIP !== spec.clusterIP)
      report(item, 'immutable-field', ['spec', 'clusterIP'], { field: 'spec.clusterIP' });
    else if (!existing && spec.clusterIP !== 'None' && !allocators.clusterIPs.isFree(spec.clusterIP))
      report(item, 'invalid-value', ['spec', 'clusterIP'], {
        detail: `"${spec.clusterIP}": provided IP is already allocated`,
        detailEs: `la IP ${spec.clusterIP} ya está asignada`,
      });
  },
  store: ({ cp, allocators, system }, o, key, uid) =>
    void cp.state.services.set(
      key,
      serviceState(cp.state.services.get(key), allocators, o, key, uid, system, cp.engine.nowMs),
    ),
};

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
    selector: isObject(spec.selector) ? stringMap(spec.selector) : null,
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

/**
 * All-or-nothing: every NodePort the batch needs must fit in the range before anything is stored, or
 * the apply would stop half-way when the allocator runs dry (kube-apiserver answers each Service with
 * "range is full"; here the whole batch is refused at the first Service that does not fit).
 */
export function checkNodePortSupply(
  imported: readonly ImportedObject[],
  nodePorts: NodePortAllocator,
  report: AdmissionReport,
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
    const spec = item.object.spec as Record<string, unknown>;
    wanted += Array.isArray(spec.ports) ? spec.ports.length : 0;
    if (wanted > free) return report(item, 'node-ports-exhausted', ['spec', 'ports'], { wanted, free });
  }
}
