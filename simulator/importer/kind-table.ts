/**
 * The kinds the simulator accepts, as data: API version, kind, scope, and where kubernetes-models keeps
 * the generated model (validator and types from the official OpenAPI).
 */
export interface KindEntry {
  apiVersion: string;
  kind: string;
  namespaced: boolean;
  /** Path under `kubernetes-models/`. */
  modelPath: string;
  /** Lower-case plural used by kubectl. */
  resource: string;
}

/** Every kind the simulator simulates. */
export const SIMULATED_KINDS: readonly KindEntry[] = [
  {
    apiVersion: 'v1',
    kind: 'Namespace',
    namespaced: false,
    modelPath: 'v1/Namespace',
    resource: 'namespaces',
  },
  { apiVersion: 'v1', kind: 'Pod', namespaced: true, modelPath: 'v1/Pod', resource: 'pods' },
  { apiVersion: 'v1', kind: 'Service', namespaced: true, modelPath: 'v1/Service', resource: 'services' },
  {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    namespaced: true,
    modelPath: 'v1/ConfigMap',
    resource: 'configmaps',
  },
  { apiVersion: 'v1', kind: 'Secret', namespaced: true, modelPath: 'v1/Secret', resource: 'secrets' },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    namespaced: true,
    modelPath: 'apps/v1/Deployment',
    resource: 'deployments',
  },
  {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    namespaced: true,
    modelPath: 'apps/v1/ReplicaSet',
    resource: 'replicasets',
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    namespaced: true,
    modelPath: 'networking.k8s.io/v1/Ingress',
    resource: 'ingresses',
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    namespaced: true,
    modelPath: 'networking.k8s.io/v1/NetworkPolicy',
    resource: 'networkpolicies',
  },
  {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    namespaced: false,
    modelPath: 'networking.k8s.io/v1/IngressClass',
    resource: 'ingressclasses',
  },
];

/** Finds the entry for an apiVersion and kind. */
export function findKind(apiVersion: string, kind: string): KindEntry | undefined {
  return SIMULATED_KINDS.find((k) => k.apiVersion === apiVersion && k.kind === kind);
}
