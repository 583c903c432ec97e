/**
 * Kinds that are valid Kubernetes (apiVersion/kind as served by 1.3x) but that the simulator does not run.
 * They import with a warning and are kept for export.
 */
export const OTHER_KNOWN_KINDS: ReadonlyMap<string, string> = new Map([
  ['StatefulSet', 'apps/v1'],
  ['DaemonSet', 'apps/v1'],
  ['Job', 'batch/v1'],
  ['CronJob', 'batch/v1'],
  ['PersistentVolumeClaim', 'v1'],
  ['PersistentVolume', 'v1'],
  ['ServiceAccount', 'v1'],
  ['Endpoints', 'v1'],
  ['LimitRange', 'v1'],
  ['ResourceQuota', 'v1'],
  ['Role', 'rbac.authorization.k8s.io/v1'],
  ['RoleBinding', 'rbac.authorization.k8s.io/v1'],
  ['ClusterRole', 'rbac.authorization.k8s.io/v1'],
  ['ClusterRoleBinding', 'rbac.authorization.k8s.io/v1'],
  ['HorizontalPodAutoscaler', 'autoscaling/v2'],
  ['StorageClass', 'storage.k8s.io/v1'],
  ['EndpointSlice', 'discovery.k8s.io/v1'],
  ['PodDisruptionBudget', 'policy/v1'],
  ['CustomResourceDefinition', 'apiextensions.k8s.io/v1'],
]);
