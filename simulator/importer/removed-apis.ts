import type { KubeObject } from '../api-types.ts';
import { isObject } from '../../core/index.ts';

/** One removed API version and how to migrate it. Source: kubernetes.io/docs/reference/using-api/deprecation-guide/ */
export interface RemovedApi {
  apiVersion: string;
  kind: string;
  removedIn: string;
  replacement: string;
  /** Short list of what the migration changed, for the warning. */
  changes: string;
  migrate(object: KubeObject): KubeObject;
}

/** v1beta1 `{serviceName, servicePort}` → v1 `{service: {name, port: {number|name}}}`. */
function migrateBackend(backend: unknown): unknown {
  if (!isObject(backend) || !('serviceName' in backend || 'servicePort' in backend)) return backend;
  const { serviceName, servicePort, ...rest } = backend;
  const port =
    typeof servicePort === 'string' && !/^\d+$/.test(servicePort)
      ? { name: servicePort }
      : { number: Number(servicePort) };
  return { ...rest, service: { name: serviceName, port } };
}

function migrateIngress(object: KubeObject): KubeObject {
  const spec = isObject(object.spec) ? { ...object.spec } : undefined;
  if (spec) {
    if ('backend' in spec) {
      spec.defaultBackend = migrateBackend(spec.backend);
      delete spec.backend;
    }
    if (Array.isArray(spec.rules)) {
      spec.rules = spec.rules.map((rule: unknown) => {
        if (!isObject(rule) || !isObject(rule.http) || !Array.isArray(rule.http.paths)) return rule;
        const paths = rule.http.paths.map((p: unknown) =>
          // "To match the undefined v1beta1 behavior, use ImplementationSpecific" (deprecation guide).
          isObject(p)
            ? { ...p, pathType: p.pathType ?? 'ImplementationSpecific', backend: migrateBackend(p.backend) }
            : p,
        );
        return { ...rule, http: { ...rule.http, paths } };
      });
    }
  }
  return { ...object, apiVersion: 'networking.k8s.io/v1', ...(spec ? { spec } : {}) };
}

function migrateWorkload(object: KubeObject): KubeObject {
  const spec = isObject(object.spec) ? { ...object.spec } : undefined;
  if (spec) {
    delete spec.rollbackTo;
    delete spec.templateGeneration;
    const template = isObject(spec.template) ? spec.template : undefined;
    const labels = template && isObject(template.metadata) ? template.metadata.labels : undefined;
    // apps/v1 requires a selector; the old APIs defaulted it to the template labels.
    if (spec.selector === undefined && isObject(labels)) spec.selector = { matchLabels: { ...labels } };
  }
  return { ...object, apiVersion: 'apps/v1', ...(spec ? { spec } : {}) };
}

const INGRESS_CHANGES =
  'serviceName/servicePort → service.name/service.port, pathType: ImplementationSpecific';
const WORKLOAD_CHANGES = 'spec.selector required, rollbackTo removed';

/** The removed API versions the importer migrates, as a table. */
export const REMOVED_APIS: readonly RemovedApi[] = [
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'Ingress',
    removedIn: '1.22',
    replacement: 'networking.k8s.io/v1',
    changes: INGRESS_CHANGES,
    migrate: migrateIngress,
  },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kind: 'Ingress',
    removedIn: '1.22',
    replacement: 'networking.k8s.io/v1',
    changes: INGRESS_CHANGES,
    migrate: migrateIngress,
  },
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'Deployment',
    removedIn: '1.16',
    replacement: 'apps/v1',
    changes: WORKLOAD_CHANGES,
    migrate: migrateWorkload,
  },
  {
    apiVersion: 'apps/v1beta1',
    kind: 'Deployment',
    removedIn: '1.16',
    replacement: 'apps/v1',
    changes: WORKLOAD_CHANGES,
    migrate: migrateWorkload,
  },
  {
    apiVersion: 'apps/v1beta2',
    kind: 'Deployment',
    removedIn: '1.16',
    replacement: 'apps/v1',
    changes: WORKLOAD_CHANGES,
    migrate: migrateWorkload,
  },
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'ReplicaSet',
    removedIn: '1.16',
    replacement: 'apps/v1',
    changes: WORKLOAD_CHANGES,
    migrate: migrateWorkload,
  },
  {
    apiVersion: 'apps/v1beta2',
    kind: 'ReplicaSet',
    removedIn: '1.16',
    replacement: 'apps/v1',
    changes: WORKLOAD_CHANGES,
    migrate: migrateWorkload,
  },
];

/** Finds the removed API entry for an object, if its version was removed. */
export function findRemovedApi(apiVersion: string, kind: string): RemovedApi | undefined {
  return REMOVED_APIS.find((r) => r.apiVersion === apiVersion && r.kind === kind);
}
