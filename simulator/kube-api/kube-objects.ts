import { manifestKey } from '../controllers/object-admission.ts';
import { objectKey } from '../model/cluster-state.ts';
import { daemonSetObjects, deploymentObject, replicaSetObject } from './workload-objects.ts';
import {
  leaseObjects,
  namespaceObjects,
  nodeObject,
  serviceAccountObjects,
  storageClassObjects,
  storedObjects,
  systemConfigMaps,
  systemSecrets,
} from './cluster-objects.ts';
import { eventObjects } from './event-objects.ts';
import {
  endpointSliceObject,
  endpointsObject,
  ingressClassObjects,
  ingressObject,
  serviceObject,
} from './network-objects.ts';
import { keptKey, keptObject, type ObjectContext } from './object-context.ts';
import type { Json } from './object-meta.ts';
import { podInputs, podObject } from './pod-object.ts';

/** Builds every object of one resource (by plural) from the simulation, as the apiserver would return them. */
export const OBJECT_BUILDERS: Record<string, (ctx: ObjectContext) => Json[]> = {
  pods: (ctx) =>
    ctx.snapshot.pods.flatMap((v) => {
      const state = ctx.state.pods.get(objectKey(v.namespace, v.name));
      if (!state) return [];
      // A Pod whose inputs are as at the last build keeps its stored object: a watch's refresh while a few
      // Pods change no longer rebuilds 10,000 of them.
      const key = `pods/${v.namespace}/${v.name}`;
      if (ctx.unchanged?.(key, podInputs(ctx, state))) return [keptObject(key)];
      return [podObject(ctx, state, v)];
    }),
  deployments: (ctx) => ctx.snapshot.deployments.map((d) => deploymentObject(ctx, d)),
  replicasets: (ctx) => ctx.snapshot.replicaSets.map((r) => replicaSetObject(ctx, r)),
  daemonsets: daemonSetObjects,
  services: (ctx) => ctx.snapshot.services.map((s) => serviceObject(ctx, s)),
  endpoints: (ctx) =>
    ctx.snapshot.services.flatMap((s): Json[] => {
      const o = endpointsObject(ctx, s);
      return o ? [o] : [];
    }),
  endpointslices: (ctx) =>
    ctx.snapshot.services.flatMap((s): Json[] => {
      const o = endpointSliceObject(ctx, s);
      return o ? [o] : [];
    }),
  ingresses: (ctx) => ctx.snapshot.ingresses.map((i) => ingressObject(ctx, i)),
  ingressclasses: ingressClassObjects,
  nodes: (ctx) => ctx.snapshot.nodes.map((n) => nodeObject(ctx, n)),
  namespaces: namespaceObjects,
  configmaps: (ctx) => [...systemConfigMaps(ctx), ...storedObjects(ctx, 'ConfigMap')],
  secrets: (ctx) => [...systemSecrets(ctx), ...storedObjects(ctx, 'Secret')],
  serviceaccounts: serviceAccountObjects,
  storageclasses: storageClassObjects,
  events: eventObjects,
  leases: leaseObjects,
};

/**
 * Every object of the cluster by resource plural, as built: undefined fields are still there (the caller's
 * JSON text drops them, and parsing that text back makes the clean copy).
 */
export function buildAllObjects(ctx: ObjectContext): Map<string, Json[]> {
  const out = new Map<string, Json[]>();
  for (const [resource, build] of Object.entries(OBJECT_BUILDERS)) out.set(resource, build(ctx));
  keepGenerateName(ctx, out);
  return out;
}

/**
 * The apiserver stores `metadata.generateName` as written, beside the name it drew (or the name given,
 * which wins): objects written with one keep it. Only the (few) manifests that carry one are looked up.
 */
function keepGenerateName(ctx: ObjectContext, built: Map<string, Json[]>): void {
  const byKey = new Map<string, string>();
  for (const [key, m] of ctx.manifests) {
    const g = (m.metadata as { generateName?: unknown } | undefined)?.generateName;
    if (typeof g === 'string' && g) byKey.set(key, g);
  }
  if (byKey.size === 0) return;
  for (const objects of built.values())
    for (const o of objects) {
      // A kept object (unchanged since the last build) already carries it.
      if (keptKey(o) !== undefined) continue;
      const meta = o.metadata as Json;
      const namespace = typeof meta.namespace === 'string' ? meta.namespace : undefined;
      const g = byKey.get(manifestKey(String(o.kind), namespace, String(meta.name)));
      if (g !== undefined) meta.generateName = g;
    }
}
