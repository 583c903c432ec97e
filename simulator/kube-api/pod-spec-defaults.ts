/**
 * A Pod's spec as the apiserver stores it: the spec as written (manifest or template), with the defaults the
 * apiserver and its admission plugins fill in, and the image names containerd reports.
 */
import { objectKey, type PodState } from '../model/cluster-state.ts';
import { NODE_NOT_READY, NODE_UNREACHABLE } from '../model/node-taints.ts';
import type { ObjectContext } from './object-context.ts';
import { isJson, type Json, stableHex } from './object-meta.ts';

/** The kube-api-access volume every Pod gets from the ServiceAccount admission plugin. */
export const tokenVolume = (podName: string): string => `kube-api-access-${stableHex(podName, 5)}`;

/** imagePullPolicy's default: Always for `:latest` or no tag, else IfNotPresent (Container godoc). */
export function defaultPullPolicy(image: string): string {
  const last = image.split('/').pop() ?? image;
  if (last.includes('@')) return 'IfNotPresent';
  const tag = last.includes(':') ? last.split(':').pop() : '';
  return !tag || tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** A container with the apiserver's defaults (SetDefaults_Container): pull policy, port protocol, messages. */
export function containerDefaults(c: Json): Json {
  return {
    ...c,
    image: c.image,
    imagePullPolicy: c.imagePullPolicy ?? defaultPullPolicy(String(c.image ?? '')),
    ports: Array.isArray(c.ports)
      ? c.ports.filter(isJson).map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' }))
      : undefined,
    resources: c.resources ?? {},
    terminationMessagePath: c.terminationMessagePath ?? '/dev/termination-log',
    terminationMessagePolicy: c.terminationMessagePolicy ?? 'File',
  };
}

/** Full references and image ids by the reference written (a Pod's status names its image two or three
 * times; 10,000 Pods name a handful of images). */
const fullImages = new Map<string, { full: string; id: string }>();

/** `fullImage` and the `imageID` containerd reports for an image, made once per reference. */
export function imageNames(image: string): { full: string; id: string } {
  let names = fullImages.get(image);
  if (!names) {
    const full = fullImage(image);
    names = { full, id: `${full.replace(/:[^:/@]+$/, '')}@sha256:${stableHex(image, 64)}` };
    if (fullImages.size >= 1024) fullImages.clear();
    fullImages.set(image, names);
  }
  return names;
}

/** The image reference as containerd reports it: `nginx` → `docker.io/library/nginx:latest`. */
export function fullImage(image: string): string {
  const parts = image.split('/');
  const hasRegistry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!);
  const named = hasRegistry
    ? image
    : parts.length === 1
      ? `docker.io/library/${image}`
      : `docker.io/${image}`;
  const last = named.split('/').pop()!;
  return last.includes(':') || last.includes('@') ? named : `${named}:latest`;
}

/** Specs rebuilt from the model, by their JSON text, per build: the 5,000 Pods of a DaemonSet (no manifest,
 * no ReplicaSet) share one, as the Pods of a ReplicaSet share its template's (see pod-spec-copies.ts). */
const rebuiltSpecs = new WeakMap<ObjectContext, Map<string, Json>>();

/** The Pod spec as written (manifest or template), else rebuilt from the simulator's model. */
export function writtenSpec(ctx: ObjectContext, pod: PodState): Json {
  if (pod.manifest && isJson(pod.manifest.spec)) return pod.manifest.spec;
  if (pod.owner?.kind === 'ReplicaSet') {
    const rs = ctx.state.replicaSets.get(objectKey(pod.namespace, pod.owner.name));
    if (rs) return rs.template.spec;
  }
  const rebuilt: Json = {
    containers: pod.spec.containers.map((c) => ({
      name: c.name,
      image: c.image,
      ports: c.ports.length
        ? c.ports.map((p) => ({
            containerPort: p.containerPort,
            protocol: p.protocol,
            hostPort: p.containerPort,
          }))
        : undefined,
    })),
  };
  let made = rebuiltSpecs.get(ctx);
  if (!made) rebuiltSpecs.set(ctx, (made = new Map()));
  const text = JSON.stringify(rebuilt);
  const same = made.get(text);
  if (same) return same;
  made.set(text, rebuilt);
  return rebuilt;
}

/** Defaulted containers by their written container, per build: 5,000 Pods of a template share theirs. */
const defaultedContainers = new WeakMap<ObjectContext, Map<Json, Json>>();

/** {@link containerDefaults} of a written container, made once per build of the objects. */
function defaultedContainer(ctx: ObjectContext, c: Json): Json {
  let made = defaultedContainers.get(ctx);
  if (!made) defaultedContainers.set(ctx, (made = new Map()));
  let defaulted = made.get(c);
  if (!defaulted) made.set(c, (defaulted = containerDefaults(c)));
  return defaulted;
}

/*
 * The parts every Pod's defaulted spec holds alike, made once and shared: a build's objects are only turned
 * into JSON text (the stored, served copy is parsed from it), so sharing them between Pods is safe, and
 * 10,000 Pods no longer allocate some twenty objects each for them.
 */
/** The kube-api-access volume's projection (the ServiceAccount admission plugin's token, CA and namespace). */
const TOKEN_PROJECTION: Json = Object.freeze({
  defaultMode: 420,
  sources: [
    { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
    { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
    {
      downwardAPI: {
        items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }],
      },
    },
  ],
});

/** The two tolerations DefaultTolerationSeconds adds, by taint key. */
const DEFAULT_TOLERATIONS: Record<string, Json> = Object.fromEntries(
  [NODE_NOT_READY, NODE_UNREACHABLE].map((key) => [
    key,
    Object.freeze({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 }),
  ]),
);

/** A Pod spec with the defaults the apiserver and its admission plugins fill in (of the Pod, only its name
 * and node are read: see pod-spec-copies.ts). */
export function defaultedSpec(
  ctx: ObjectContext,
  spec: Json,
  pod: Pick<PodState, 'name' | 'nodeName'>,
): Json {
  const volume = tokenVolume(pod.name);
  const containers = (Array.isArray(spec.containers) ? spec.containers : []).filter(isJson).map((c) => ({
    ...defaultedContainer(ctx, c),
    volumeMounts: [
      ...(Array.isArray(c.volumeMounts) ? c.volumeMounts : []),
      { mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: volume, readOnly: true },
    ],
  }));
  const tolerations = Array.isArray(spec.tolerations) ? [...spec.tolerations] : [];
  // DefaultTolerationSeconds admission adds these two (kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#defaulttolerationseconds).
  for (const key of [NODE_NOT_READY, NODE_UNREACHABLE])
    if (!tolerations.some((t) => isJson(t) && t.key === key)) tolerations.push(DEFAULT_TOLERATIONS[key]!);
  return {
    ...spec,
    containers,
    dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
    enableServiceLinks: spec.enableServiceLinks ?? true,
    nodeName: pod.nodeName ?? undefined,
    preemptionPolicy: spec.preemptionPolicy ?? 'PreemptLowerPriority',
    priority: spec.priority ?? 0,
    restartPolicy: spec.restartPolicy ?? 'Always',
    schedulerName: spec.schedulerName ?? 'default-scheduler',
    securityContext: spec.securityContext ?? {},
    serviceAccount: spec.serviceAccountName ?? 'default',
    serviceAccountName: spec.serviceAccountName ?? 'default',
    terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
    tolerations,
    volumes: [
      ...(Array.isArray(spec.volumes) ? spec.volumes : []),
      {
        name: volume,
        projected: TOKEN_PROJECTION,
      },
    ],
  };
}
