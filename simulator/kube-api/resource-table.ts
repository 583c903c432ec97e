/**
 * The API resources the simulated k3s serves, as data: one row per resource, read by the API server's
 * discovery documents, `kubectl api-resources` in the console, and the name lookups of both. Short names,
 * verbs and categories as a k3s v1.32 apiserver lists them (`kubectl api-resources -o wide`).
 */
export interface ApiResource {
  /** '' for the core group. */
  group: string;
  version: string;
  /** Lower-case plural, the URL segment. */
  resource: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: readonly string[];
  verbs: readonly string[];
  categories?: readonly string[];
  /** Subresources served (`scale`, `status`, `log`). */
  subresources?: readonly string[];
  /** The deprecation warning the apiserver sends with every response about this resource. */
  warning?: string;
}

const ALL_VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

/** Every resource served, in `kubectl api-resources` order (core group first, then by group name). */
export const API_RESOURCES: readonly ApiResource[] = [
  core('configmaps', 'ConfigMap', true, ['cm']),
  // Kubernetes 1.33 deprecated v1 Endpoints (KEP-4974); the apiserver warns on every use.
  {
    ...core('endpoints', 'Endpoints', true, ['ep']),
    warning: 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice',
  },
  core('events', 'Event', true, ['ev']),
  core(
    'namespaces',
    'Namespace',
    false,
    ['ns'],
    ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  ),
  core('nodes', 'Node', false, ['no']),
  { ...core('pods', 'Pod', true, ['po']), categories: ['all'], subresources: ['status', 'log', 'eviction'] },
  core('secrets', 'Secret', true, []),
  core('serviceaccounts', 'ServiceAccount', true, ['sa']),
  {
    ...core('services', 'Service', true, ['svc']),
    verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
    categories: ['all'],
    subresources: ['status'],
  },
  {
    ...apps('daemonsets', 'DaemonSet', ['ds']),
    categories: ['all'],
    subresources: ['status'],
  },
  {
    ...apps('deployments', 'Deployment', ['deploy']),
    categories: ['all'],
    subresources: ['scale', 'status'],
  },
  { ...apps('replicasets', 'ReplicaSet', ['rs']), categories: ['all'], subresources: ['scale', 'status'] },
  {
    group: 'coordination.k8s.io',
    version: 'v1',
    resource: 'leases',
    singular: 'lease',
    kind: 'Lease',
    namespaced: true,
    shortNames: [],
    verbs: ALL_VERBS,
  },
  {
    group: 'discovery.k8s.io',
    version: 'v1',
    resource: 'endpointslices',
    singular: 'endpointslice',
    kind: 'EndpointSlice',
    namespaced: true,
    shortNames: [],
    verbs: ALL_VERBS,
  },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    resource: 'ingressclasses',
    singular: 'ingressclass',
    kind: 'IngressClass',
    namespaced: false,
    shortNames: [],
    verbs: ALL_VERBS,
  },
  {
    group: 'networking.k8s.io',
    version: 'v1',
    resource: 'ingresses',
    singular: 'ingress',
    kind: 'Ingress',
    namespaced: true,
    shortNames: ['ing'],
    verbs: ALL_VERBS,
    subresources: ['status'],
  },
  {
    group: 'storage.k8s.io',
    version: 'v1',
    resource: 'storageclasses',
    singular: 'storageclass',
    kind: 'StorageClass',
    namespaced: false,
    shortNames: ['sc'],
    verbs: ALL_VERBS,
  },
];

function core(
  resource: string,
  kind: string,
  namespaced: boolean,
  shortNames: string[],
  verbs: string[] = ALL_VERBS,
): ApiResource {
  return {
    group: '',
    version: 'v1',
    resource,
    singular: kind.toLowerCase(),
    kind,
    namespaced,
    shortNames,
    verbs,
  };
}

function apps(resource: string, kind: string, shortNames: string[]): ApiResource {
  return {
    group: 'apps',
    version: 'v1',
    resource,
    singular: kind.toLowerCase(),
    kind,
    namespaced: true,
    shortNames,
    verbs: ALL_VERBS,
  };
}

/** `apps/v1`, or `v1` for the core group. */
export const groupVersion = (r: ApiResource): string => (r.group ? `${r.group}/${r.version}` : r.version);

/** `deployment.apps` as kubectl prints it in `deployment.apps/web created`; `pod` for the core group. */
export const qualifiedName = (r: ApiResource): string => (r.group ? `${r.singular}.${r.group}` : r.singular);

/** `deployments.apps` as the apiserver names a resource in errors; `pods` for the core group. */
export const groupResource = (r: ApiResource): string => (r.group ? `${r.resource}.${r.group}` : r.resource);

/** Finds a resource by plural, singular, short name or Kind, optionally `.group`-qualified, case-insensitively. */
export function findApiResource(word: string): ApiResource | undefined {
  const lower = word.toLowerCase();
  const exact = API_RESOURCES.find(
    (r) =>
      r.resource === lower ||
      r.singular === lower ||
      r.shortNames.includes(lower) ||
      (r.group && (lower === `${r.resource}.${r.group}` || lower === `${r.singular}.${r.group}`)),
  );
  return exact ?? API_RESOURCES.find((r) => r.kind.toLowerCase() === lower);
}

/** The resource serving a kind (first match: the preferred version). */
export function resourceForKind(kind: string): ApiResource | undefined {
  return API_RESOURCES.find((r) => r.kind === kind);
}
