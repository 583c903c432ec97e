/**
 * A small kube-score-style rule table (github.com/zegl/kube-score, README "Checks"): behaviour as data,
 * one row per rule, each with its source and a check over the exported objects. Every export must pass all.
 */
import { isPinnedImage } from './export-settings.ts';
import type { KubernetesObject } from './k8s-manifests.ts';

/** A failed rule on one object. */
export interface RuleFinding {
  rule: string;
  object: string;
  message: string;
}

interface Container {
  name?: string;
  image?: string;
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  readinessProbe?: unknown;
  livenessProbe?: unknown;
  securityContext?: {
    runAsNonRoot?: boolean;
    runAsUser?: number;
    readOnlyRootFilesystem?: boolean;
    allowPrivilegeEscalation?: boolean;
    privileged?: boolean;
    capabilities?: { drop?: string[] };
    seccompProfile?: { type?: string };
  };
}
interface PodSpec {
  containers?: Container[];
  securityContext?: { runAsNonRoot?: boolean; seccompProfile?: { type?: string } };
  automountServiceAccountToken?: boolean;
}

/** One rule: an id, where it comes from, and a check returning the problems it finds in the whole set. */
export interface ManifestRule {
  id: string;
  source: string;
  check(objects: readonly KubernetesObject[]): RuleFinding[];
}

const ref = (o: KubernetesObject) =>
  `${o.kind}/${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name ?? '?'}`;

function podSpecs(
  objects: readonly KubernetesObject[],
): Array<{ owner: KubernetesObject; pod: PodSpec; labels: Record<string, string> }> {
  const out: Array<{ owner: KubernetesObject; pod: PodSpec; labels: Record<string, string> }> = [];
  for (const o of objects) {
    const spec = o.spec as
      { template?: { metadata?: { labels?: Record<string, string> }; spec?: PodSpec } } | undefined;
    if (o.kind === 'Pod')
      out.push({ owner: o, pod: (o.spec ?? {}) as PodSpec, labels: o.metadata?.labels ?? {} });
    else if (spec?.template?.spec)
      out.push({ owner: o, pod: spec.template.spec, labels: spec.template.metadata?.labels ?? {} });
  }
  return out;
}

function perContainer(
  objects: readonly KubernetesObject[],
  rule: string,
  test: (c: Container, pod: PodSpec) => string | null,
): RuleFinding[] {
  return podSpecs(objects).flatMap(({ owner, pod }) =>
    (pod.containers ?? []).flatMap((c) => {
      const problem = test(c, pod);
      return problem ? [{ rule, object: `${ref(owner)} container ${c.name ?? '?'}`, message: problem }] : [];
    }),
  );
}

const selects = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);

/** The rules, in the order kube-score lists them. */
export const MANIFEST_RULES: readonly ManifestRule[] = [
  {
    id: 'container-resources',
    source:
      'kube-score container-resources; kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    check: (objects) =>
      perContainer(objects, 'container-resources', (c) => {
        const missing = ['cpu', 'memory'].flatMap((r) => [
          ...(c.resources?.requests?.[r] === undefined ? [`requests.${r}`] : []),
          ...(c.resources?.limits?.[r] === undefined ? [`limits.${r}`] : []),
        ]);
        return missing.length ? `missing ${missing.join(', ')}` : null;
      }),
  },
  {
    id: 'container-image-tag',
    source: 'kube-score container-image-tag; kubernetes.io/docs/concepts/containers/images/#image-names',
    check: (objects) =>
      perContainer(objects, 'container-image-tag', (c) =>
        isPinnedImage(c.image ?? '') ? null : `image "${c.image}" is not pinned`,
      ),
  },
  {
    id: 'pod-probes',
    source:
      'kube-score pod-probes; kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/',
    check: (objects) =>
      perContainer(objects, 'pod-probes', (c) =>
        c.readinessProbe && c.livenessProbe ? null : 'needs a readinessProbe and a livenessProbe',
      ),
  },
  {
    id: 'container-security-context',
    source: 'kube-score container-security-context-*; Pod Security Standards "restricted"',
    check: (objects) =>
      perContainer(objects, 'container-security-context', (c, pod) => {
        const sc = c.securityContext ?? {};
        const problems = [
          (sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) === true ? null : 'runAsNonRoot',
          sc.runAsUser !== undefined && sc.runAsUser > 0 ? null : 'runAsUser > 0',
          sc.readOnlyRootFilesystem === true ? null : 'readOnlyRootFilesystem',
          sc.allowPrivilegeEscalation === false ? null : 'allowPrivilegeEscalation: false',
          sc.privileged === true ? 'not privileged' : null,
          sc.capabilities?.drop?.includes('ALL') ? null : 'capabilities.drop [ALL]',
          (sc.seccompProfile?.type ?? pod.securityContext?.seccompProfile?.type) === 'RuntimeDefault'
            ? null
            : 'seccompProfile RuntimeDefault',
        ].filter((p): p is string => p !== null);
        return problems.length ? `security context must set ${problems.join(', ')}` : null;
      }),
  },
  {
    id: 'pod-service-account-token',
    source:
      'kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
    check: (objects) =>
      podSpecs(objects)
        .filter(({ pod }) => pod.automountServiceAccountToken !== false)
        .map(({ owner }) => ({
          rule: 'pod-service-account-token',
          object: ref(owner),
          message: 'automountServiceAccountToken must be false',
        })),
  },
  {
    id: 'namespace-not-default',
    source:
      'kube-score (namespaced objects); kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/',
    check: (objects) =>
      objects
        .filter(
          (o) => o.kind !== 'Namespace' && (!o.metadata?.namespace || o.metadata.namespace === 'default'),
        )
        .map((o) => ({
          rule: 'namespace-not-default',
          object: ref(o),
          message: 'must name a namespace other than default',
        })),
  },
  {
    id: 'service-targets-pod',
    source:
      'kube-score service-targets-pod; kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
    check: (objects) => {
      const pods = podSpecs(objects);
      return objects
        .filter((o) => o.kind === 'Service')
        .flatMap((svc) => {
          const selector = (svc.spec as { selector?: Record<string, string> } | undefined)?.selector ?? {};
          const ok = pods.some(
            ({ owner, labels }) =>
              owner.metadata?.namespace === svc.metadata?.namespace && selects(selector, labels),
          );
          return ok && Object.keys(selector).length
            ? []
            : [
                {
                  rule: 'service-targets-pod',
                  object: ref(svc),
                  message: 'selector matches no pod template',
                },
              ];
        });
    },
  },
  {
    id: 'ingress-targets-service',
    source:
      'kube-score ingress-targets-service; kubernetes.io/docs/concepts/services-networking/ingress/#ingress-rules',
    check: (objects) =>
      objects
        .filter((o) => o.kind === 'Ingress')
        .flatMap((ing) => {
          const rules =
            (
              ing.spec as {
                rules?: Array<{
                  http?: {
                    paths?: Array<{
                      backend?: { service?: { name?: string; port?: { name?: string; number?: number } } };
                    }>;
                  };
                }>;
              }
            ).rules ?? [];
          return rules.flatMap((r) =>
            (r.http?.paths ?? []).flatMap((p) => {
              const target = p.backend?.service;
              const svc = objects.find(
                (o) =>
                  o.kind === 'Service' &&
                  o.metadata?.name === target?.name &&
                  o.metadata?.namespace === ing.metadata?.namespace,
              );
              const ports =
                (svc?.spec as { ports?: Array<{ name?: string; port?: number }> } | undefined)?.ports ?? [];
              const portOk = ports.some((sp) =>
                target?.port?.name ? sp.name === target.port.name : sp.port === target?.port?.number,
              );
              return svc && portOk
                ? []
                : [
                    {
                      rule: 'ingress-targets-service',
                      object: ref(ing),
                      message: `backend ${target?.name ?? '?'} is not a Service port in this namespace`,
                    },
                  ];
            }),
          );
        }),
  },
];

/** Runs every rule; an empty list means the manifests pass. */
export function scoreManifests(objects: readonly KubernetesObject[]): RuleFinding[] {
  return MANIFEST_RULES.flatMap((rule) => rule.check(objects));
}
