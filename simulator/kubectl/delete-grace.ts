/**
 * `kubectl delete --grace-period / --force / --now`, read as kubectl v1.32 reads them
 * (staging/src/k8s.io/kubectl/pkg/cmd/delete/delete.go: Complete, Validate and PrintObj).
 */
import type { KubectlResult } from '../api-types.ts';
import { qualifiedName, type ApiResource } from '../kube-api/resource-table.ts';
import { fail, type KubectlContext } from './command-context.ts';

/** The grace period a delete sends (undefined: the object's own), and what kubectl prints first on stderr. */
export interface DeleteGrace {
  gracePeriodSeconds: number | undefined;
  warning: string;
}

/** kubectl's warning for a forced delete with grace period 0 (delete.go, Validate). */
export const IMMEDIATE_DELETION_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';

/** The grace period of `delete`'s flags, or kubectl's refusal of them. */
export function deleteGrace(ctx: KubectlContext): DeleteGrace | KubectlResult {
  const flags = ctx.args.flags;
  const spelled = flags.get('grace-period');
  // pflag reads --grace-period as an int (default -1) before the command runs.
  let grace = -1;
  if (spelled !== undefined) {
    if (!/^[+-]?\d+$/.test(spelled))
      return fail(
        `Error: invalid argument "${spelled}" for "--grace-period" flag: strconv.ParseInt: parsing "${spelled}": invalid syntax\nSee 'kubectl delete --help' for usage.`,
      );
    grace = Number(spelled);
  }
  const force = flags.has('force');
  const now = flags.has('now');
  if (now) {
    if (grace !== -1) return fail('error: --now and --grace-period cannot be specified together');
    grace = 1;
  }
  // kubectl turns --grace-period=0 into 1 unless --force is given, and --force alone into 0.
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  if (force && grace > 0)
    return fail('error: --force and --grace-period greater than 0 cannot be specified together');
  return {
    gracePeriodSeconds: grace >= 0 ? grace : undefined,
    warning: force && grace === 0 ? IMMEDIATE_DELETION_WARNING : '',
  };
}

/** kubectl's line for a deleted object: `pod "x" deleted`, or `force deleted` with grace period 0. */
export function deletedLine(r: ApiResource, name: string, grace: DeleteGrace): string {
  return `${qualifiedName(r)} "${name}" ${grace.gracePeriodSeconds === 0 ? 'force deleted' : 'deleted'}\n`;
}

/** Prints the warning before what the delete printed. */
export function withWarning(grace: DeleteGrace, result: KubectlResult): KubectlResult {
  return grace.warning ? { ...result, stderr: grace.warning + (result.stderr ?? '') } : result;
}
