/**
 * Reading commands besides get/describe: logs, api-resources, top, explain, version, and `ls`/`cat` over
 * the console's small file tree (the scenario's files `apply -f` reads).
 */
import type { KubectlResult } from '../api-types.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import { podLog, runningInstance } from '../kube-api/pod-logs.ts';
import { onSimulationChange } from '../kube-api/simulation-changes.ts';
import { objectKey } from '../model/cluster-state.ts';
import { simulationInternals } from '../model/simulation-internals.ts';
import { API_RESOURCES, groupVersion } from '../kube-api/resource-table.ts';
import { fail, ok, serverError, type KubectlContext } from './command-context.ts';
import { parseTargets } from './get-command.ts';
import { tabwrite } from './print-table.ts';
import { logTail } from '../kube-api/log-tail.ts';

/** `kubectl logs POD [-c C]`, `logs deploy/NAME`. */
export function runLogs(ctx: KubectlContext): KubectlResult {
  const tail = ctx.args.flags.get('tail');
  // pflag reads --tail as an int64 (strconv.ParseInt) before the command runs.
  if (tail !== undefined && !/^[-+]?\d+$/.test(tail))
    return fail(
      `Error: invalid argument "${tail}" for "--tail" flag: strconv.ParseInt: parsing "${tail}": invalid syntax\nSee 'kubectl logs --help' for usage.`,
    );
  const word = ctx.words[0];
  if (!word)
    return fail(
      "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples",
    );
  let pod: Json | undefined;
  let notice = '';
  if (word.includes('/') && !/^(pod|pods|po)\//.test(word)) {
    const parsed = parseTargets([word]);
    if ('error' in parsed) return fail(parsed.error);
    const t = parsed.targets[0]!;
    const owner = ctx.api.get(t.resource.resource, ctx.namespace, t.names[0] ?? '');
    if (!owner)
      return fail(
        `Error from server (NotFound): ${t.resource.resource}.${t.resource.group} "${t.names[0]}" not found`,
      );
    const selector =
      isJson(owner.spec) && isJson(owner.spec.selector)
        ? ((owner.spec.selector.matchLabels ?? {}) as Record<string, string>)
        : {};
    const pods = ctx.api.list('pods', ctx.namespace).filter((p) => {
      const labels = ((p.metadata as Json).labels ?? {}) as Record<string, string>;
      return Object.entries(selector).every(([k, v]) => labels[k] === v);
    });
    // podutils.ByLogging: ready for longest first, then oldest.
    const readySince = (p: Json): number => {
      const c = (isJson(p.status) && Array.isArray(p.status.conditions) ? p.status.conditions : [])
        .filter(isJson)
        .find((x) => x.type === 'Ready');
      return c?.status === 'True' ? Date.parse(String(c.lastTransitionTime)) : Infinity;
    };
    const created = (p: Json): number => Date.parse(String((p.metadata as Json).creationTimestamp));
    pods.sort((a, b) => readySince(a) - readySince(b) || created(a) - created(b));
    pod = pods[0];
    if (!pod) return fail(`error: no pods found for ${word}`);
    if (pods.length > 1)
      notice = `Found ${pods.length} pods, using pod/${String((pod.metadata as Json).name)}\n`;
  } else {
    const name = word.replace(/^(pod|pods|po)\//, '');
    pod = ctx.api.get('pods', ctx.namespace, name);
    if (!pod) return fail(`Error from server (NotFound): pods "${name}" not found`);
  }
  let container = ctx.args.flags.get('container') ?? null;
  const containers =
    isJson(pod.spec) && Array.isArray(pod.spec.containers) ? pod.spec.containers.filter(isJson) : [];
  if (container === null && containers.length > 1) {
    container = String(containers[0]!.name);
    notice += `Defaulted container "${container}" out of: ${containers.map((c) => String(c.name)).join(', ')}\n`;
  }
  const previous = ctx.args.flags.has('previous');
  const log = podLog(pod, container, previous);
  if (typeof log !== 'string') return { stdout: '', stderr: notice + serverError(log) + '\n', exitCode: 1 };
  const result = ok(tail === undefined ? log : logTail(log, Number(tail)), notice);
  // The previous run has ended: there is nothing more to follow.
  if (ctx.args.flags.has('follow') && !previous) result.watch = followLog(ctx, pod, container);
  return result;
}

/**
 * `logs -f`: the stream stays open while the clock runs, until the student runs another command or that run
 * of the container ends (it exits or restarts, or the Pod goes), as kubelet closes the stream then. The
 * simulated containers write their one line at start, so nothing more is printed meanwhile.
 */
function followLog(
  ctx: KubectlContext,
  pod: Json,
  container: string | null,
): (emit: (text: string) => void) => () => void {
  const meta = pod.metadata as Json;
  const namespace = String(meta.namespace ?? ctx.namespace);
  const name = String(meta.name);
  return () => {
    const instance = runningInstance(pod, container);
    let stopApi = (): void => undefined;
    let stopSim = (): void => undefined;
    const stop = (): void => {
      stopApi();
      stopSim();
    };
    if (instance === null) return stop;
    stopApi = ctx.api.watch(() => {
      if (runningInstance(ctx.api.get('pods', namespace, name), container) !== instance) stop();
    });
    // The simulation moves on its own clock. Only a change of this Pod's own state can end its container's
    // run, so a tick refreshes the API view (all objects of the cluster) only when that state moved.
    const key = objectKey(namespace, name);
    const podState = (): string => {
      const state = simulationInternals(ctx.api.sim).state.pods.get(key);
      return state
        ? JSON.stringify([
            state.uid,
            state.generation,
            state.state,
            state.startedAtMs,
            state.deleting,
            state.restarts,
            state.statuses,
          ])
        : '';
    };
    let seen = podState();
    stopSim = onSimulationChange(ctx.api.sim, () => {
      const now = podState();
      if (now === seen) return;
      seen = now;
      ctx.api.refresh();
    });
    return stop;
  };
}

/** `kubectl api-resources`. */
export function runApiResources(): KubectlResult {
  const rows = [['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND']];
  for (const r of API_RESOURCES)
    rows.push([r.resource, r.shortNames.join(','), groupVersion(r), String(r.namespaced), r.kind]);
  return ok(tabwrite(rows));
}

/** `kubectl top`: k3s ships metrics-server, but the simulator serves no Metrics API, as kubectl reports. */
export function runTop(): KubectlResult {
  return fail('error: Metrics API not available');
}

/** `kubectl version`: the client is the console's own. */
export function runVersion(ctx: KubectlContext): KubectlResult {
  const client = 'Client Version: v1.32.4\nKustomize Version: v5.5.0\n';
  // `--client` asks no server: the client's lines only.
  if (ctx.args.flags.has('client')) return ok(client);
  return ok(
    `${client}Server Version: v1.37.1+k3s1\nWARNING: version difference between client (1.32) and server (1.37) exceeds the supported minor version skew of +/-1\n`,
  );
}

/** `ls`: the files `apply -f` can read. */
export function runLs(ctx: KubectlContext): KubectlResult {
  return ok(
    Object.keys(ctx.files)
      .sort()
      .map((f) => f + '\n')
      .join(''),
  );
}

/** `cat FILE`. */
export function runCat(ctx: KubectlContext): KubectlResult {
  const name = ctx.words[0] ?? '';
  const text = ctx.files[name];
  if (text === undefined) return fail(`cat: ${name}: No such file or directory`);
  return ok(text.endsWith('\n') ? text : text + '\n');
}
