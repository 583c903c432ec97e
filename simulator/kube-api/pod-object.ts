import type { ContainerStatusView, PodView } from '../api-types.ts';
import { reportedContainerStatuses } from '../snapshot/pod-view.ts';
import { manifestKey } from '../controllers/object-admission.ts';
import { objectKey, type PodState } from '../model/cluster-state.ts';
import { inputsDigest } from './inputs-digest.ts';
import { nodeStateNamed, type ObjectContext, uidOf } from './object-context.ts';
import { imageNames, writtenSpec } from './pod-spec-defaults.ts';
import { podSpecCopy } from './pod-spec-copies.ts';
import { jsonClone, keepAsCopied } from './json-clone.ts';
import {
  apiTime,
  controllerRef,
  identityOf,
  isJson,
  type Json,
  objectHead,
  stableHex,
} from './object-meta.ts';

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
function containerStatus(
  ctx: ObjectContext,
  pod: PodState,
  view: PodView,
  statuses: readonly ContainerStatusView[],
  c: Json,
  index: number,
): Json {
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
  const reported = statuses[index];
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

/** Condition lists made in this build, by what they are made of: 10,000 Pods started within the same few
 * seconds share a handful (copied clean, read-only, held as they are by the stored Pods). */
const madeConditions = new WeakMap<ObjectContext, Map<string, Json[]>>();

/** The Pod's status.conditions, as {@link podConditions} makes them, shared with the Pods alike. */
function sharedConditions(ctx: ObjectContext, pod: PodState, ready: boolean, containers: Json[]): Json[] {
  const scheduledAt = pod.nodeName ? pod.createdAtMs : null;
  const readySince = timeOrNull(ctx, pod.startedAtMs ?? scheduledAt);
  const started = pod.state === 'Running' || pod.state === 'Terminating';
  // Everything podConditions reads, the free text (names, reason) last.
  const key =
    pod.nodeName !== null && !pod.awaitingKubelet
      ? `r|${started}|${ready}|${readySince}|${timeOrNull(ctx, scheduledAt)}|${ready ? '' : containers.map((c) => c.name).join(' ')}`
      : pod.nodeName
        ? `b|${timeOrNull(ctx, scheduledAt)}`
        : `u|${timeOrNull(ctx, pod.createdAtMs)}|${JSON.stringify(pod.reason ?? null)}`;
  let made = madeConditions.get(ctx);
  if (!made) madeConditions.set(ctx, (made = new Map()));
  let conditions = made.get(key);
  if (!conditions) {
    const built = podConditions(ctx, pod, ready, containers);
    made.set(key, (conditions = keepAsCopied(jsonClone({ built }).built as Json[])));
  }
  return conditions;
}

/** A Pod's status.conditions (as built: undefined fields still there). */
function podConditions(ctx: ObjectContext, pod: PodState, ready: boolean, containers: Json[]): Json[] {
  const scheduledAt = pod.nodeName ? pod.createdAtMs : null;
  const readySince = timeOrNull(ctx, pod.startedAtMs ?? scheduledAt);
  const started = pod.state === 'Running' || pod.state === 'Terminating';
  // Bound to a silent node: only the scheduler wrote its status (PodScheduled); the kubelet's part is absent.
  const reported = pod.nodeName !== null && !pod.awaitingKubelet;
  const scheduled: Json = {
    lastProbeTime: null,
    lastTransitionTime: timeOrNull(ctx, scheduledAt),
    status: 'True',
    type: 'PodScheduled',
  };
  return reported
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
        scheduled,
      ]
    : pod.nodeName
      ? [scheduled]
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
}

/**
 * A digest ({@link inputsDigest}) of everything {@link podObject} and the generateName pass after it read:
 * two builds of a Pod with the same digest make the same object. The view's fields are not read: its ready,
 * phase, status and containerStatuses are made of the Pod's ready, deleting, state, awaitingKubelet and
 * statuses, all below (and containerStatuses is a getter that formats times). Namespace and name are the
 * key's; uid, generation and templateHash are not read. The wall-clock base is the API view's own.
 */
export function podInputs(ctx: ObjectContext, pod: PodState): string {
  return inputsDigest(
    JSON.stringify([
      pod.state,
      pod.ready,
      pod.ip,
      pod.restarts,
      pod.reason,
      pod.createdAtMs,
      pod.startedAtMs,
      pod.backoffMs,
      pod.deleting,
      pod.nodeName,
      pod.awaitingKubelet,
      pod.owner,
      pod.labels,
      pod.manifest?.metadata?.annotations,
      // keepGenerateName (kube-objects.ts) stamps the stored manifest's generateName on a built Pod.
      (ctx.manifests.get(manifestKey('Pod', pod.namespace, pod.name))?.metadata as { generateName?: unknown })
        ?.generateName,
      pod.statuses,
      // The written spec itself, not its identity: safe should anything ever edit a manifest in place.
      writtenSpec(ctx, pod),
      pod.owner ? uidOf(ctx, pod.owner.kind, pod.namespace, pod.owner.name) : null,
      nodeStateNamed(ctx, pod.nodeName)?.internalIP,
      pod.deleting ? ctx.deletionMs(objectKey(pod.namespace, pod.name)) : null,
    ]),
  );
}

/** A Pod as the apiserver returns it. */
export function podObject(ctx: ObjectContext, pod: PodState, view: PodView): Json {
  // Already a clean copy that the stored Pod shares with the others of its template (pod-spec-copies.ts).
  const spec = podSpecCopy(ctx, writtenSpec(ctx, pod), pod);
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
  // Bound to a silent node: only the scheduler wrote its status (PodScheduled); the kubelet's part is absent.
  const reported = pod.nodeName !== null && !pod.awaitingKubelet;
  const conditions = sharedConditions(ctx, pod, view.ready, containers);
  const key = objectKey(pod.namespace, pod.name);
  // The view's containerStatuses, made here rather than read from it: read, the view (so the snapshot)
  // would keep them, five objects per Pod copied into the stored Pod anyway.
  const statuses = reported ? reportedContainerStatuses(pod) : [];
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
      containerStatuses: reported
        ? containers.map((c, i) => {
            const { _index: _i, ...s } = containerStatus(ctx, pod, view, statuses, c, i);
            return s;
          })
        : undefined,
      hostIP: reported ? node?.internalIP : undefined,
      hostIPs: reported && node ? [{ ip: node.internalIP }] : undefined,
      phase: view.phase,
      podIP: pod.ip ?? undefined,
      podIPs: pod.ip ? [{ ip: pod.ip }] : undefined,
      qosClass: qosClass(containers),
      startTime: (reported && timeOrNull(ctx, pod.nodeName ? pod.createdAtMs : null)) || undefined,
    },
  };
}
