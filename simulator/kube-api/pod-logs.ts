/**
 * What `kubectl logs` prints for a Pod. The simulator runs no real programs, so a started container's log
 * says what it is and where it listens; a container that has not started gets the apiserver's BadRequest,
 * worded as kubelet words it.
 */
import { isJson, type Json } from './object-meta.ts';
import { badRequest, type StatusError } from './status-error.ts';

/**
 * The log of one container of a Pod object, or the apiserver's error; `previous` (`logs -p`) asks for the run
 * before the current one, which kubelet has only once the container has terminated and restarted.
 */
export function podLog(pod: Json, container: string | null, previous = false): string | StatusError {
  const spec = isJson(pod.spec) ? pod.spec : {};
  const status = isJson(pod.status) ? pod.status : {};
  const meta = isJson(pod.metadata) ? pod.metadata : {};
  const name = String(meta.name ?? '');
  const containers = (Array.isArray(spec.containers) ? spec.containers : []).filter(isJson);
  if (container === null && containers.length > 1)
    return badRequest(
      `a container name must be specified for pod ${name}, choose one of: [${containers.map((c) => String(c.name)).join(' ')}]`,
    );
  const chosen = container ?? String(containers[0]?.name ?? '');
  const c = containers.find((x) => x.name === chosen);
  if (!c) return badRequest(`container ${chosen} is not valid for pod ${name}`);
  const cs = (Array.isArray(status.containerStatuses) ? status.containerStatuses : [])
    .filter(isJson)
    .find((x) => x.name === chosen);
  const state = isJson(cs?.state) ? cs.state : {};
  // kubelet validateContainerLogStatus (pkg/kubelet/kubelet_pods.go) checks `previous` first.
  if (previous && !(isJson(cs?.lastState) && isJson(cs.lastState.terminated)))
    return badRequest(`previous terminated container "${chosen}" in pod "${name}" not found`);
  if (!previous && (!cs || isJson(state.waiting))) {
    const reason = isJson(state.waiting)
      ? String(state.waiting.reason ?? 'ContainerCreating')
      : 'ContainerCreating';
    return badRequest(`container "${chosen}" in pod "${name}" is waiting to start: ${reason}`);
  }
  const ports = (Array.isArray(c.ports) ? c.ports : []).filter(isJson).map((p) => String(p.containerPort));
  return `[faaslab-sim] ${String(c.image)} started in ${name} on ${String(spec.nodeName ?? '')}${ports.length ? `, listening on ${ports.join(', ')}` : ''}\n`;
}

/**
 * Which run of a container a log stream follows: its restart count and start time while it runs, else null.
 * kubelet ends a `logs -f` stream when that run ends (the container exits or restarts, or the Pod goes).
 */
export function runningInstance(pod: Json | undefined, container: string | null): string | null {
  if (!pod) return null;
  const spec = isJson(pod.spec) ? pod.spec : {};
  const status = isJson(pod.status) ? pod.status : {};
  const chosen =
    container ??
    String((Array.isArray(spec.containers) ? spec.containers : []).filter(isJson)[0]?.name ?? '');
  const cs = (Array.isArray(status.containerStatuses) ? status.containerStatuses : [])
    .filter(isJson)
    .find((x) => x.name === chosen);
  const state = isJson(cs?.state) ? cs.state : {};
  if (!cs || !isJson(state.running)) return null;
  return `${String(cs.restartCount ?? 0)}@${String(state.running.startedAt ?? '')}`;
}
