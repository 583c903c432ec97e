import type { PodView } from '../api-types.ts';
import { objectKey, type PodState } from '../model/cluster-state.ts';
import { NODE_NOT_READY, NODE_UNREACHABLE } from '../model/node-taints.ts';
import { nodeStateNamed, type ObjectContext, uidOf } from './object-context.ts';
import {
  apiTime,
  controllerRef,
  identityOf,
  isJson,
  type Json,
  objectHead,
  stableHex,
} from './object-meta.ts';

/** The kube-api-access volume every Pod gets from the ServiceAccount admission plugin. */
const tokenVolume = (podName: string): string => `kube-api-access-${stableHex(podName, 5)}`;

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
function imageNames(image: string): { full: string; id: string } {
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

/** The Pod spec as written (manifest or template), else rebuilt from the simulator's model. */
function writtenSpec(ctx: ObjectContext, pod: PodState): Json {
  if (pod.manifest && isJson(pod.manifest.spec)) return pod.manifest.spec;
  if (pod.owner?.kind === 'ReplicaSet') {
    const rs = ctx.state.replicaSets.get(objectKey(pod.namespace, pod.owner.name));
    if (rs) return rs.template.spec;
  }
  return {
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

/** A Pod spec with the defaults the apiserver and its admission plugins fill in. */
function defaultedSpec(ctx: ObjectContext, spec: Json, pod: PodState): Json {
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

/** QoS class (pkg/apis/core/helper/qos): BestEffort without requests/limits, Guaranteed when they are equal. */
function qosClass(containers: Json[]): string {
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const r = isJson(c.resources) ? c.resources : {};
    const req = isJson(r.requests) ? r.requests : {};
    const lim = isJson(r.limits) ? r.limits : {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const k of ['cpu', 'memory'])
      if (lim[k] === undefined || (req[k] ?? lim[k]) !== lim[k]) guaranteed = false;
  }
  return !any ? 'BestEffort' : guaranteed ? 'Guaranteed' : 'Burstable';
}

/** A waiting container state. (Module-level, as are the helpers below: a closure made per Pod is one more
 * allocation per Pod, and under tsx's keepNames one more property definition.) */
function waiting(reason: string, message?: string): Json {
  return { waiting: { message, reason } };
}

/** An API time, or null. */
function timeOrNull(ctx: ObjectContext, ms: number | null): string | null {
  return ms === null ? null : apiTime(ctx, ms);
}

/** The Ready or ContainersReady condition: they share their time and reason (the kubelet's status manager
 * sets both together). */
function readiness(type: string, ready: boolean, since: string | null, containers: Json[]): Json {
  return {
    lastProbeTime: null,
    lastTransitionTime: since,
    ...(ready
      ? {}
      : {
          message: `containers with unready status: [${containers.map((c) => c.name).join(' ')}]`,
          reason: 'ContainersNotReady',
        }),
    status: ready ? 'True' : 'False',
    type,
  };
}

/** One container's status in the Kubernetes shape (state / lastState / restartCount). */
function containerStatus(ctx: ObjectContext, pod: PodState, view: PodView, c: Json, index: number): Json {
  const name = String(c.name ?? '');
  const image = String(c.image ?? '');
  const id = stableHex(`${pod.namespace}/${pod.name}/${name}/${pod.restarts}`, 64);
  const started = pod.startedAtMs ?? pod.createdAtMs;
  let state: Json;
  let lastState: Json = {};
  switch (pod.state) {
    case 'Running':
    case 'Terminating':
      state = { running: { startedAt: apiTime(ctx, started) } };
      break;
    case 'CrashLoopBackOff':
      state =
        pod.reason === 'Error'
          ? {
              terminated: {
                exitCode: 1,
                reason: 'Error',
                startedAt: apiTime(ctx, started),
                finishedAt: apiTime(ctx, started),
              },
            }
          : waiting(
              'CrashLoopBackOff',
              `back-off ${Math.round(pod.backoffMs / 2000)}s restarting failed container=${name} pod=${pod.name}_${pod.namespace}(${uidOf(ctx, 'Pod', pod.namespace, pod.name)})`,
            );
      break;
    case 'ErrImagePull':
      state = waiting(
        view.status,
        view.status === 'ImagePullBackOff'
          ? `Back-off pulling image "${image}"`
          : `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": not found`,
      );
      break;
    case 'Terminated':
      state = {
        terminated: {
          exitCode: 0,
          reason: 'Completed',
          startedAt: apiTime(ctx, started),
          finishedAt: apiTime(ctx, started),
        },
      };
      break;
    default:
      state = waiting('ContainerCreating');
  }
  if (pod.restarts > 0)
    lastState = {
      terminated: {
        containerID: `containerd://${stableHex(`${pod.namespace}/${pod.name}/${name}/${pod.restarts - 1}`, 64)}`,
        exitCode: 1,
        finishedAt: apiTime(ctx, started),
        reason: 'Error',
        startedAt: apiTime(ctx, pod.createdAtMs),
      },
    };
  // The kubelet model's own statuses (state, lastState with reason and exit code, restarts) win over the
  // ones derived above from the Pod's phase, which only stand in for a Pod the kubelet has not reported.
  const reported = view.containerStatuses[index];
  if (reported) {
    state = reported.state as Json;
    if (reported.lastState.terminated)
      lastState = {
        terminated: {
          containerID: `containerd://${stableHex(`${pod.namespace}/${pod.name}/${name}/${reported.restartCount - 1}`, 64)}`,
          ...reported.lastState.terminated,
        },
      };
  }
  const running = 'running' in state;
  return {
    containerID: running || 'terminated' in state ? `containerd://${id}` : undefined,
    image: imageNames(image).full,
    imageID: running ? imageNames(image).id : '',
    lastState,
    name,
    ready: reported ? reported.ready : view.ready && running,
    restartCount: reported ? reported.restartCount : pod.restarts,
    started: reported ? reported.started : running,
    state,
    volumeMounts: undefined,
    _index: index,
  };
}

/** A Pod as the apiserver returns it. */
export function podObject(ctx: ObjectContext, pod: PodState, view: PodView): Json {
  const spec = defaultedSpec(ctx, writtenSpec(ctx, pod), pod);
  const containers = spec.containers as Json[];
  const node = nodeStateNamed(ctx, pod.nodeName);
  const manifestMeta = pod.manifest?.metadata;
  const owner = pod.owner
    ? pod.owner.kind === 'ReplicaSet'
      ? controllerRef(
          'apps/v1',
          'ReplicaSet',
          pod.owner.name,
          uidOf(ctx, 'ReplicaSet', pod.namespace, pod.owner.name),
        )
      : controllerRef(
          'apps/v1',
          pod.owner.kind,
          pod.owner.name,
          uidOf(ctx, pod.owner.kind, pod.namespace, pod.owner.name),
        )
    : null;
  const scheduledAt = pod.nodeName ? pod.createdAtMs : null;
  const ready = view.ready;
  const readySince = timeOrNull(ctx, pod.startedAtMs ?? scheduledAt);
  const started = pod.state === 'Running' || pod.state === 'Terminating';
  const conditions: Json[] = pod.nodeName
    ? [
        {
          lastProbeTime: null,
          lastTransitionTime: readySince,
          status: started ? 'True' : 'False',
          type: 'PodReadyToStartContainers',
        },
        {
          lastProbeTime: null,
          lastTransitionTime: timeOrNull(ctx, scheduledAt),
          status: 'True',
          type: 'Initialized',
        },
        readiness('Ready', ready, readySince, containers),
        readiness('ContainersReady', ready, readySince, containers),
        {
          lastProbeTime: null,
          lastTransitionTime: timeOrNull(ctx, scheduledAt),
          status: 'True',
          type: 'PodScheduled',
        },
      ]
    : [
        {
          lastProbeTime: null,
          lastTransitionTime: timeOrNull(ctx, pod.createdAtMs),
          message: pod.reason ?? undefined,
          reason: 'Unschedulable',
          status: 'False',
          type: 'PodScheduled',
        },
      ];
  const key = objectKey(pod.namespace, pod.name);
  return {
    ...objectHead(ctx, 'v1', 'Pod', {
      ...identityOf(pod),
      labels: pod.labels,
      annotations: manifestMeta?.annotations,
      ownerReferences: owner ? [owner] : undefined,
      generateName: pod.owner ? `${pod.owner.name}-` : undefined,
      deletionMs: pod.deleting ? ctx.deletionMs(key) : null,
    }),
    spec,
    status: {
      conditions,
      containerStatuses: pod.nodeName
        ? containers.map((c, i) => {
            const { _index: _i, ...s } = containerStatus(ctx, pod, view, c, i);
            return s;
          })
        : undefined,
      hostIP: node?.internalIP,
      hostIPs: node ? [{ ip: node.internalIP }] : undefined,
      phase: view.phase,
      podIP: pod.ip ?? undefined,
      podIPs: pod.ip ? [{ ip: pod.ip }] : undefined,
      qosClass: qosClass(containers),
      startTime: timeOrNull(ctx, scheduledAt) ?? undefined,
    },
  };
}
