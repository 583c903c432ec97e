import type { KubectlResult } from '../api-types.ts';
import type { KubectlContext } from './command-context.ts';
import { findApiResource } from '../kube-api/resource-table.ts';

/** `kubectl rollout status|history|undo deployment/NAME`. Status reports the current moment (it does not wait). */
export function runRollout(ctx: KubectlContext): KubectlResult {
  const { sim, words, args, namespace } = ctx;
  const [sub, ref = '', more] = words;
  const [typeWord, nameFromRef] = ref.includes('/') ? ref.split('/') : [ref, more];
  const type = findApiResource(typeWord ?? '');
  const name = nameFromRef ?? '';
  if (!sub || !['status', 'history', 'undo'].includes(sub))
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
  const snap = sim.snapshot();
  const d = snap.deployments.find((x) => x.namespace === namespace && x.name === name);
  if (!d)
    return {
      stdout: '',
      stderr: `Error from server (NotFound): deployments.apps "${name}" not found\n`,
      exitCode: 1,
    };
  if (sub === 'status') {
    const old = snap.replicaSets
      .filter((rs) => rs.namespace === namespace && rs.owner === name && rs.revision !== d.revision)
      .reduce((n, rs) => n + rs.currentReplicas, 0);
    if (d.updatedReplicas < d.replicas)
      return {
        stdout: `Waiting for deployment "${name}" rollout to finish: ${d.updatedReplicas} out of ${d.replicas} new replicas have been updated...\n`,
        stderr: '',
        exitCode: 0,
      };
    if (old > 0)
      return {
        stdout: `Waiting for deployment "${name}" rollout to finish: ${old} old replicas are pending termination...\n`,
        stderr: '',
        exitCode: 0,
      };
    if (d.availableReplicas < d.replicas)
      return {
        stdout: `Waiting for deployment "${name}" rollout to finish: ${d.availableReplicas} of ${d.replicas} updated replicas are available...\n`,
        stderr: '',
        exitCode: 0,
      };
    return { stdout: `deployment "${name}" successfully rolled out\n`, stderr: '', exitCode: 0 };
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
