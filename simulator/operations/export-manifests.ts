import { stringify } from 'yaml';
import type { KubeObject } from '../api-types.ts';

// What the API server sets on every object (kubernetes.io/docs/reference/using-api/api-concepts/#generated-values).
const SERVER_FIELDS = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'managedFields',
  'generation',
  'selfLink',
];

/** Removes what the server adds (status, uid, timestamps…) so the YAML applies cleanly elsewhere. */
export function cleanManifest(object: KubeObject): KubeObject {
  const { status: _status, ...rest } = object;
  const metadata = { ...object.metadata };
  for (const field of SERVER_FIELDS) delete metadata[field];
  return { ...rest, metadata } as KubeObject;
}

/**
 * {@link cleanManifest}, and also what ties an object to the cluster it came from: owner references,
 * kubectl's last-applied annotation and a Service's allocated ClusterIP (another cluster allocates from
 * its own range, k3s 10.43.0.0/16; only the headless `None` is kept). For YAML bound for a real cluster.
 */
export function portableManifest(object: KubeObject): KubeObject {
  const clean = cleanManifest(object);
  const { ownerReferences: _owners, ...metadata } = clean.metadata;
  const annotations = metadata.annotations;
  if (annotations) {
    const { 'kubectl.kubernetes.io/last-applied-configuration': _last, ...kept } = annotations;
    if (Object.keys(kept).length) metadata.annotations = kept;
    else delete metadata.annotations;
  }
  const out: KubeObject = { ...clean, metadata: metadata as KubeObject['metadata'] };
  if (object.kind === 'Service' && typeof clean.spec === 'object' && clean.spec !== null) {
    const { clusterIP, clusterIPs: _ips, ...spec } = clean.spec as Record<string, unknown>;
    out.spec = clusterIP === 'None' ? { ...spec, clusterIP } : spec;
  }
  return out;
}

/** The student's objects as multi-document YAML, in the order they were first applied. */
export function exportManifests(objects: readonly KubeObject[]): string {
  return objects.map((o) => stringify(cleanManifest(o), { lineWidth: 0 })).join('---\n');
}
