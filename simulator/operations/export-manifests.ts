import { stringify } from 'yaml';
import type { KubeObject } from '../api-types.ts';

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

/** The student's objects as multi-document YAML, in the order they were first applied. */
export function exportManifests(objects: readonly KubeObject[]): string {
  return objects.map((o) => stringify(cleanManifest(o), { lineWidth: 0 })).join('---\n');
}
