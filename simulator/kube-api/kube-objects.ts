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

/**
 * Builds every object of one resource (by plural) from the simulation, as the apiserver would return them.
 * Pods come one at a time: each is stored (copied) before the next is built, so the built object dies young
 * instead of 10,000 of them outliving the garbage collector's young generation beside their copies.
 */
export const OBJECT_BUILDERS: Record<string, (ctx: ObjectContext) => Iterable<Json>> = {
  pods: function* (ctx) {
    for (const v of ctx.snapshot.pods) {
      const state = ctx.state.pods.get(objectKey(v.namespace, v.name));
      if (!state) continue;
      // A Pod whose inputs are as at the last build keeps its stored object: a watch's refresh while a few
      // Pods change no longer rebuilds 10,000 of them.
      const key = `pods/${v.namespace}/${v.name}`;
      if (ctx.unchanged?.(key, podInputs(ctx, state))) yield keptObject(key);
      else yield podObject(ctx, state, v);
    }
  },
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
 * Every object of the cluster by resource plural, as built (one resource after the other, each as its
 * builder makes them): undefined fields are still there (the caller's copy or JSON text drops them).
 */
export function* buildAllObjects(ctx: ObjectContext): Generator<[string, Iterable<Json>]> {
  const generateNames = writtenGenerateNames(ctx);
  for (const [resource, build] of Object.entries(OBJECT_BUILDERS)) {
    const objects = build(ctx);
    yield [resource, generateNames.size === 0 ? objects : keepGenerateName(generateNames, objects)];
  }
}

/** The generateName of each manifest written with one, by manifest key (few manifests carry one). */
function writtenGenerateNames(ctx: ObjectContext): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const [key, m] of ctx.manifests) {
    const g = (m.metadata as { generateName?: unknown } | undefined)?.generateName;
    if (typeof g === 'string' && g) byKey.set(key, g);
  }
  return byKey;
}

/**
 * The apiserver stores `metadata.generateName` as written, beside the name it drew (or the name given,
 * which wins): objects written with one keep it.
 */
function* keepGenerateName(byKey: Map<string, string>, objects: Iterable<Json>): Generator<Json> {
  for (const o of objects) {
    // A kept object (unchanged since the last build) already carries it.
    if (keptKey(o) === undefined) {
      const meta = o.metadata as Json;
      const namespace = typeof meta.namespace === 'string' ? meta.namespace : undefined;
      const g = byKey.get(manifestKey(String(o.kind), namespace, String(meta.name)));
      if (g !== undefined) meta.generateName = g;
    }
    yield o;
  }
}
