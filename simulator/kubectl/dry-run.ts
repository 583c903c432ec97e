/**
 * `--dry-run=client|server` of kubectl's generators (create …, run): client prints the object kubectl built
 * without sending it, as `-o yaml` or `-o name` or `… created (dry run)`; server sends it with `?dryRun=All`
 * and prints `… created (server dry run)`. The printed object is what kubectl's typed structs marshal to: a
 * null creationTimestamp, and the empty status (and Namespace spec) Go writes for a struct.
 */
import type { KubectlResult } from '../api-types.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import { ok, type KubectlContext } from './command-context.ts';
import { parseBool } from './parse-args.ts';
import { printYaml } from './print-object.ts';

/** What `--dry-run` resolved to, and the deprecation warning kubectl logs for a bare or boolean value. */
export interface DryRun {
  mode: 'none' | 'client' | 'server';
  /** klog's warning (stderr) for `--dry-run`, `--dry-run=true|false`; '' otherwise. */
  warning: string;
}

/**
 * The `--dry-run` asked, read as kubectl's GetDryRunStrategy (k8s.io/kubectl/pkg/cmd/util/helpers.go): bare
 * is client, a boolean true is client and false is none, each with a deprecation warning; an error for any
 * other value.
 */
export function dryRunOf(ctx: KubectlContext): DryRun | { error: string } {
  const asked = ctx.args.flags.get('dry-run');
  if (asked === undefined || asked === 'none') return { mode: 'none', warning: '' };
  if (asked === 'client' || asked === 'server') return { mode: asked, warning: '' };
  if (asked === 'unchanged')
    return {
      mode: 'client',
      warning: '--dry-run is deprecated and can be replaced with --dry-run=client.\n',
    };
  const b = parseBool(asked);
  if (b === null)
    return { error: `error: Invalid dry-run value (${asked}). Must be "none", "server", or "client".` };
  const instead = b ? 'client' : 'none';
  return {
    mode: b ? 'client' : 'none',
    warning: `--dry-run=${asked} is deprecated (boolean value) and can be replaced with --dry-run=${instead}.\n`,
  };
}

/**
 * An object as kubectl's typed struct marshals it: a Pod template's unset creationTimestamp is written as
 * null (metav1.Time has no omitempty), so `create deployment -o yaml` shows it where `get` does not.
 */
export function typedRoundTrip(object: Json): Json {
  const out = structuredClone(object);
  const template = isJson(out.spec) && isJson(out.spec.template) ? out.spec.template : null;
  if (template && isJson(template.metadata)) template.metadata.creationTimestamp ??= null;
  return out;
}

/** The object as kubectl's typed struct marshals it before the server has seen it. */
function asBuilt(object: Json): Json {
  const out = typedRoundTrip(object);
  (out.metadata as Json).creationTimestamp = null;
  if (out.kind === 'Namespace') out.spec = {};
  if (out.kind === 'Service') out.status = { loadBalancer: {} };
  else if (['Deployment', 'Pod', 'Namespace'].includes(String(out.kind))) out.status = {};
  return out;
}

/** What `--dry-run=client` prints for the object (`label` is `deployment.apps/shop`; -o checked by the caller). */
export function printDryRun(ctx: KubectlContext, object: Json, label: string): KubectlResult {
  const output = ctx.args.flags.get('output');
  if (output === 'yaml') return ok(printYaml(asBuilt(object)));
  if (output === 'name') return ok(`${label}\n`);
  return ok(`${label} created (dry run)\n`);
}
