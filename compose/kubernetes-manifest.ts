/**
 * The plain shape of the Kubernetes objects the converter writes: only the fields it sets. They are
 * ordinary objects, ready for YAML output or for the simulator's importer.
 */

/** Metadata of every object the converter writes. */
export interface ObjectMeta {
  name: string;
  labels: Record<string, string>;
  annotations?: Record<string, string>;
}

/** Any object the converter writes (Deployment, Pod, Service, Ingress, PersistentVolumeClaim, ConfigMap). */
export interface KubernetesManifest {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

/** The label kompose puts on every object and selects Pods by. */
export const KOMPOSE_SERVICE_LABEL = 'io.kompose.service';

/** `{ name, labels: { io.kompose.service: selectorName } }` plus annotations when there are any. */
export function objectMeta(
  name: string,
  annotations: Record<string, string> = {},
  selectorName = name,
): ObjectMeta {
  return {
    name,
    labels: { [KOMPOSE_SERVICE_LABEL]: selectorName },
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}
