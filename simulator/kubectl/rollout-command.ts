import type { KubectlResult } from '../api-types.ts';
import { fail, isStatusError, ok, serverError, type KubectlContext } from './command-context.ts';
import { say } from './console-messages.ts';
import { findApiResource, qualifiedName, type ApiResource } from '../kube-api/resource-table.ts';
import { BuildMark } from '../model/build-mark.ts';
import { onSimulationChange } from '../kube-api/simulation-changes.ts';
import { simulationInternals } from '../model/simulation-internals.ts';

type Snapshot = ReturnType<KubectlContext['sim']['snapshot']>;

/** The line `rollout status` prints for a Deployment now, and whether the rollout is done (rollout_status.go). */
function rolloutStatus(
  snap: Snapshot,
  namespace: string,
  name: string,
): { text: string; done: boolean } | null {
  const d = snap.deployments.find((x) => x.namespace === namespace && x.name === name);
  if (!d) return null;
  const old = snap.replicaSets
    .filter((rs) => rs.namespace === namespace && rs.owner === name && rs.revision !== d.revision)
    .reduce((n, rs) => n + rs.currentReplicas, 0);
  const waiting = `Waiting for deployment "${name}" rollout to finish: `;
  if (d.updatedReplicas < d.replicas)
    return {
      text: `${waiting}${d.updatedReplicas} out of ${d.replicas} new replicas have been updated...\n`,
      done: false,
    };
  if (old > 0) return { text: `${waiting}${old} old replicas are pending termination...\n`, done: false };
  if (d.availableReplicas < d.replicas)
    return {
      text: `${waiting}${d.availableReplicas} of ${d.replicas} updated replicas are available...\n`,
      done: false,
    };
  return { text: `deployment "${name}" successfully rolled out\n`, done: true };
}

/**
 * `rollout restart`: stamps the Pod template with `kubectl.kubernetes.io/restartedAt`, a new template and so a
 * new rollout (k8s.io/kubectl pkg/polymorphichelpers/objectrestarter.go; kubectl writes its local time in
 * RFC 3339, the console UTC).
 */
function restart(ctx: KubectlContext, type: ApiResource, name: string): KubectlResult {
  const at = new Date(ctx.api.nowMs()).toISOString().replace(/\.\d+Z$/, 'Z');
  const patch = {
    spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at } } } },
  };
  const result = ctx.api.patch(type, ctx.namespace, name, 'application/strategic-merge-patch+json', patch, {
    lang: ctx.lang,
  });
  if (isStatusError(result)) return fail(serverError(result));
  return ok(`${qualifiedName(type)}/${name} restarted\n`);
}

/** `kubectl rollout status|history|undo|restart deployment/NAME`; status waits (streams) until the rollout is done. */
export function runRollout(ctx: KubectlContext): KubectlResult {
  const { sim, words, args, namespace } = ctx;
  const [sub, ref = '', more] = words;
  const [typeWord, nameFromRef] = ref.includes('/') ? ref.split('/') : [ref, more];
  const type = findApiResource(typeWord ?? '');
  const name = nameFromRef ?? '';
  // kubectl's rollout subcommands the console does not run are named as such, not as unknown commands.
  if (sub === 'pause' || sub === 'resume')
    return {
      stdout: '',
      stderr:
        say(ctx.lang, 'notHere', {
          command: `rollout ${sub}`,
          commands: 'rollout history|restart|status|undo',
        }) + '\n',
      exitCode: 1,
    };
  if (!sub || !['status', 'history', 'undo', 'restart'].includes(sub))
    return {
      stdout: '',
      stderr: `error: unknown command "${sub ?? ''}" for "kubectl rollout"\n`,
      exitCode: 1,
    };
  if (!type || type.kind !== 'Deployment')
    return {
      stdout: '',
      stderr: `error: the server doesn't have a resource type "${typeWord}"\n`,
      exitCode: 1,
    };
  if (sub === 'restart') return restart(ctx, type, name);
  const snap = sim.snapshot();
  const d = snap.deployments.find((x) => x.namespace === namespace && x.name === name);
  if (!d)
    return {
      stdout: '',
      stderr: `Error from server (NotFound): deployments.apps "${name}" not found\n`,
      exitCode: 1,
    };
  if (sub === 'status') {
    const first = rolloutStatus(snap, namespace, name)!;
    if (first.done) return { stdout: first.text, stderr: '', exitCode: 0 };
    // Like kubectl, status waits: each new state is printed as the clock runs, until the rollout is done.
    const watch = (emit: (text: string) => void): (() => void) => {
      let last = first.text;
      // A tick that moved neither the cluster's version nor its event log leaves the status as it was: the
      // snapshot (all Pods of the cluster) is read only after a change.
      const mark = new BuildMark();
      mark.moved(simulationInternals(sim));
      const stop = onSimulationChange(sim, () => {
        const internals = simulationInternals(sim);
        if (!mark.moved(internals)) return;
        const now = rolloutStatus(internals.snapshot, namespace, name);
        if (!now || now.text === last) return;
        last = now.text;
        emit(now.text);
        if (now.done) stop();
      });
      return stop;
    };
    return { stdout: first.text, stderr: '', exitCode: 0, watch };
  }
  if (sub === 'history') {
    const revisions = snap.replicaSets
      .filter((rs) => rs.namespace === namespace && rs.owner === name)
      .map((rs) => rs.revision)
      .sort((a, b) => a - b);
    return {
      stdout: `deployment.apps/${name} \nREVISION  CHANGE-CAUSE\n${revisions.map((r) => `${String(r).padEnd(10)}<none>\n`).join('')}\n`,
      stderr: '',
      exitCode: 0,
    };
  }
  const to = Number(args.flags.get('to-revision') ?? 0);
  const r = sim.rollback(namespace, name, to);
  return r.ok
    ? { stdout: `deployment.apps/${name} rolled back\n`, stderr: '', exitCode: 0 }
    : { stdout: '', stderr: `${r.error?.en}\n`, exitCode: 1 };
}
