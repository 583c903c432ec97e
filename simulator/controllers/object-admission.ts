import type { AppliedObject, KubeObject } from '../api-types.ts';
import { makeDiagnostic } from '../importer/diagnostic-messages.ts';
import type { ImportedObject } from '../importer/import-manifests.ts';
import { formatFieldPath } from '../importer/yaml-locator.ts';
import { objectKey } from '../model/cluster-state.ts';
import type { ControlPlane } from './control-plane.ts';
import { ingressAdmission, ingressClassAdmission } from './ingress-admission.ts';
import type { AdmissionReport, AdmissionStore, Allocators, KindAdmission } from './kind-admission.ts';
import { checkNodePortSupply, serviceAdmission } from './service-admission.ts';
import {
  deploymentAdmission,
  namespaceAdmission,
  podAdmission,
  replicaSetAdmission,
} from './workload-admission.ts';
import { type Diagnostic, isObject } from '../../core/index.ts';

export type { Allocators } from './kind-admission.ts';

/**
 * Per-kind admission, one row per kind the control plane runs (kwok's "behaviour as data"): the row's
 * `check` is what kube-apiserver refuses against the cluster, its `store` what it keeps. A kind without
 * a row is stored inert (kept for get/export, nothing runs it).
 */
const KIND_ADMISSION: ReadonlyMap<string, KindAdmission> = new Map([
  ['Namespace', namespaceAdmission],
  ['Pod', podAdmission],
  ['Deployment', deploymentAdmission],
  ['ReplicaSet', replicaSetAdmission],
  ['Service', serviceAdmission],
  ['Ingress', ingressAdmission],
  ['IngressClass', ingressClassAdmission],
]);

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
  const report: AdmissionReport = (item, code, path, params) => {
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
  const check = { cp, allocators, report, batchNodePorts: new Map<number, string>() };
  for (const item of imported) {
    const o = item.object;
    const ns = o.metadata.namespace;
    if (ns === undefined) continue;
    if (!state.namespaces.has(ns) && !batchNamespaces.has(ns))
      report(item, 'namespace-not-found', ['metadata', 'namespace'], { namespace: ns });
    KIND_ADMISSION.get(o.kind)?.check?.(check, item, objectKey(ns, o.metadata.name), specOf(o));
  }
  if (diagnostics.length === 0) checkNodePortSupply(imported, allocators.nodePorts, report);
  if (diagnostics.length > 0) return { diagnostics, applied: [] };
  const applied: AppliedObject[] = [];
  const store: AdmissionStore = { cp, allocators, system };
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
    // A Pod a controller made (a ReplicaSet's Pod the student labelled) is not one the student wrote.
    const made =
      o.kind === 'Pod' &&
      state.pods.get(objectKey(o.metadata.namespace ?? '', o.metadata.name))?.manifest === null;
    if (!system && !item.derivedFrom && !made) manifests.set(key, written);
    // creationTimestamp: set once, at creation (an update keeps it), as the apiserver does.
    const stored = item.inert || o.kind === 'Namespace' || !KIND_ADMISSION.has(o.kind);
    if (stored && !state.storedSinceMs.has(key)) state.storedSinceMs.set(key, cp.engine.nowMs);
    if (item.inert) state.inert.set(key, o);
    else commit(store, o);
  }
  cp.engine.touch();
  return { diagnostics, applied };
}

/** Stores one admitted object in the cluster state (create or update) through its kind's row. */
function commit(store: AdmissionStore, o: KubeObject): void {
  const uid = store.cp.state.nextUid++;
  const row = KIND_ADMISSION.get(o.kind);
  if (row) row.store(store, o, objectKey(o.metadata.namespace ?? '', o.metadata.name), uid, specOf(o));
  else store.cp.state.inert.set(manifestKey(o.kind, o.metadata.namespace, o.metadata.name), o);
}

function specOf(o: KubeObject): Record<string, unknown> {
  return isObject(o.spec) ? o.spec : {};
}

function withoutNamespace(metadata: KubeObject['metadata']): KubeObject['metadata'] {
  const { namespace: _namespace, ...rest } = metadata;
  return rest as KubeObject['metadata'];
}
