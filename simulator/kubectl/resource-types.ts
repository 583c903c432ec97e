/** A resource type kubectl knows: its plural, aliases, kind and the group kubectl prints. */
export interface ResourceType {
  plural: string;
  kind: string;
  /** `deployment.apps` as in `deployment.apps/web created`. */
  qualified: string;
  aliases: readonly string[];
  namespaced: boolean;
}

/** The resource types the simulator serves (kubectl api-resources, reduced). */
export const RESOURCE_TYPES: readonly ResourceType[] = [
  { plural: 'pods', kind: 'Pod', qualified: 'pod', aliases: ['pod', 'po'], namespaced: true },
  {
    plural: 'deployments',
    kind: 'Deployment',
    qualified: 'deployment.apps',
    aliases: ['deployment', 'deploy'],
    namespaced: true,
  },
  {
    plural: 'replicasets',
    kind: 'ReplicaSet',
    qualified: 'replicaset.apps',
    aliases: ['replicaset', 'rs'],
    namespaced: true,
  },
  {
    plural: 'services',
    kind: 'Service',
    qualified: 'service',
    aliases: ['service', 'svc'],
    namespaced: true,
  },
  { plural: 'endpoints', kind: 'Endpoints', qualified: 'endpoints', aliases: ['ep'], namespaced: true },
  {
    plural: 'ingresses',
    kind: 'Ingress',
    qualified: 'ingress.networking.k8s.io',
    aliases: ['ingress', 'ing'],
    namespaced: true,
  },
  {
    plural: 'ingressclasses',
    kind: 'IngressClass',
    qualified: 'ingressclass.networking.k8s.io',
    aliases: ['ingressclass'],
    namespaced: false,
  },
  { plural: 'nodes', kind: 'Node', qualified: 'node', aliases: ['node', 'no'], namespaced: false },
  {
    plural: 'namespaces',
    kind: 'Namespace',
    qualified: 'namespace',
    aliases: ['namespace', 'ns'],
    namespaced: false,
  },
  { plural: 'events', kind: 'Event', qualified: 'event', aliases: ['event', 'ev'], namespaced: true },
  {
    plural: 'configmaps',
    kind: 'ConfigMap',
    qualified: 'configmap',
    aliases: ['configmap', 'cm'],
    namespaced: true,
  },
  { plural: 'secrets', kind: 'Secret', qualified: 'secret', aliases: ['secret'], namespaced: true },
];

/** Finds a resource type by plural, singular, short name or Kind, case-insensitively. */
export function findResourceType(name: string): ResourceType | undefined {
  const lower = name.toLowerCase().replace(/\.(apps|networking\.k8s\.io)$/, '');
  return RESOURCE_TYPES.find(
    (r) => r.plural === lower || r.aliases.includes(lower) || r.kind.toLowerCase() === lower,
  );
}
