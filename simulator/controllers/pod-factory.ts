import type {
  ContainerRunState,
  ContainerState,
  PodSpecModel,
  PodState,
  Toleration,
} from '../model/cluster-state.ts';
import { parseCpuMillis, parseMemoryBytes } from '../model/quantity.ts';
import { containerExit, parseDurationMs } from './container-exit.ts';
import { isObject } from '../../core/index.ts';
import type { Json } from '../api-types.ts';

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Annotation that picks a simulated behaviour for a Pod's containers (the lessons use it to show failures). */
export const BEHAVIOR_ANNOTATION = 'sim.faaslab.dev/behavior';
const BEHAVIORS = ['run', 'crash', 'not-ready', 'image-pull-error'] as const;
/**
 * Scenario knob: the container crashes (exit code 1) after a while, e.g. `"5s"` for every container or
 * `"web=5s,redis=30s"` per container. A lesson uses it for a server that dies after it started.
 */
export const CRASH_AFTER_ANNOTATION = 'sim.faaslab.dev/crash-after';
const strings = (v: unknown): string[] => asArray(v).map((x) => String(x));

/** When each named container crashes, from the crash-after annotation (`*` = every container). */
function crashAfter(annotation: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of (annotation ?? '').split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? '*' : part.slice(0, eq).trim();
    const ms = parseDurationMs(eq < 0 ? part : part.slice(eq + 1));
    if (ms !== null) out.set(name, ms);
  }
  return out;
}

/** Reads what the simulator needs from a validated PodSpec and the Pod's annotations. */
export function podSpecModel(spec: Json, annotations: Record<string, string>): PodSpecModel {
  const crashes = crashAfter(annotations[CRASH_AFTER_ANNOTATION]);
  const containers: ContainerState[] = asArray(spec.containers)
    .filter(isObject)
    .map((c) => {
      const resources = isObject(c.resources) ? c.resources : {};
      // Requests default to limits when only limits are set (ResourceRequirements godoc).
      const requests = isObject(resources.requests)
        ? resources.requests
        : isObject(resources.limits)
          ? resources.limits
          : {};
      const probe = isObject(c.readinessProbe) ? c.readinessProbe : null;
      return {
        name: String(c.name ?? ''),
        image: String(c.image ?? ''),
        ports: asArray(c.ports)
          .filter(isObject)
          .map((p) => ({
            name: typeof p.name === 'string' ? p.name : null,
            containerPort: Number(p.containerPort),
            protocol: typeof p.protocol === 'string' ? p.protocol : 'TCP',
          })),
        cpuMillis: parseCpuMillis(requests.cpu),
        memoryBytes: parseMemoryBytes(requests.memory),
        readinessDelayMs: probe ? Math.max(0, Number(probe.initialDelaySeconds ?? 0)) * 1000 : null,
        exit: exitOf(c, crashes),
      };
    });
  const wanted = annotations[BEHAVIOR_ANNOTATION];
  return {
    containers,
    nodeSelector: isObject(spec.nodeSelector) ? (spec.nodeSelector as Record<string, string>) : {},
    tolerations: asArray(spec.tolerations).filter(isObject) as Toleration[],
    nodeName: typeof spec.nodeName === 'string' ? spec.nodeName : null,
    hostPorts: asArray(spec.containers)
      .filter(isObject)
      .flatMap((c) =>
        asArray(c.ports)
          .filter(isObject)
          .map((p) => Number(p.hostPort))
          .filter((n) => n > 0),
      ),
    behavior: (BEHAVIORS as readonly string[]).includes(wanted ?? '')
      ? (wanted as PodSpecModel['behavior'])
      : 'run',
    restartPolicy:
      spec.restartPolicy === 'Never' || spec.restartPolicy === 'OnFailure' ? spec.restartPolicy : 'Always',
  };
}

/** The command's own exit, else the crash-after knob's (exit code 1, as a process that dies of an error). */
function exitOf(c: Json, crashes: Map<string, number>): ContainerState['exit'] {
  const own = containerExit(strings(c.command), strings(c.args));
  if (own) return own;
  const after = crashes.get(String(c.name ?? '')) ?? crashes.get('*');
  return after === undefined ? null : { code: 1, afterMs: after };
}

/**
 * Every new container's state, shared (the kubelet replaces a container's state, never edits it; frozen, so
 * an edit would throw): one object instead of two for each of 150,000 Pods in the envelope.
 */
const CONTAINER_CREATING: ContainerRunState = Object.freeze({
  waiting: Object.freeze({ reason: 'ContainerCreating' }),
});

/** What a new Pod is made of; everything else about it starts the same way for every creator. */
export type PodIdentity = Pick<
  PodState,
  'uid' | 'namespace' | 'name' | 'labels' | 'spec' | 'owner' | 'manifest' | 'templateHash'
>;

/**
 * A Pod as the API server stores it on creation: not yet scheduled, not ready, no IP, no restarts. The
 * ReplicaSet and ServiceLB controllers and a directly applied Pod all start here.
 */
export function newPodState(identity: PodIdentity, nowMs: number): PodState {
  // Fields written one by one, in one order: every Pod object then shares one shape, which the scheduler's
  // and kubelet's hot loops rely on (a spread here made creating 10,000 pods ~1.8× slower).
  return {
    uid: identity.uid,
    namespace: identity.namespace,
    name: identity.name,
    labels: identity.labels,
    spec: identity.spec,
    owner: identity.owner,
    manifest: identity.manifest,
    nodeName: null,
    state: 'Unscheduled',
    ready: false,
    ip: null,
    restarts: 0,
    statuses: identity.spec.containers.map(() => ({
      state: CONTAINER_CREATING,
      lastState: null,
      restartCount: 0,
      ready: false,
      backoffMs: 0,
    })),
    reason: null,
    createdAtMs: nowMs,
    startedAtMs: null,
    backoffMs: 0,
    deleting: false,
    templateHash: identity.templateHash,
    generation: 0,
  };
}
