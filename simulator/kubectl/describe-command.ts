/**
 * `kubectl describe TYPE [NAME…] [-l SELECTOR]` over the API view, with kubectl's describers ported
 * (describe-pod.ts, describe-objects.ts) and the object's events found as kubectl finds them (by involved
 * object kind, name, namespace and uid).
 */
import type { KubectlResult } from '../api-types.ts';
import type { KubeApi } from '../kube-api/kube-api.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import { groupResource } from '../kube-api/resource-table.ts';
import { parseLabelSelector, selectorsMatch } from '../kube-api/selectors.ts';
import { fail, type KubectlContext } from './command-context.ts';
import { describeDeployment, describeIngress, describeNode, describeService } from './describe-objects.ts';
import { describePod } from './describe-pod.ts';
import { describeEvents, DescribeWriter, nameAndLabels } from './describe-writer.ts';
import { parseTargets } from './get-command.ts';

function eventsFor(api: KubeApi, o: Json): Json[] {
  const m = o.metadata as Json;
  return api.list('events', null).filter((e) => {
    const inv = isJson(e.involvedObject) ? e.involvedObject : {};
    return inv.name === m.name && (inv.namespace ?? '') === (m.namespace ?? '') && inv.uid === m.uid;
  });
}

/** One object described as kubectl's describer for its kind does. */
export function describeOne(api: KubeApi, kind: string, o: Json): string {
  const w = new DescribeWriter();
  const now = api.nowMs();
  const m = o.metadata as Json;
  const ns = (m.namespace as string | undefined) ?? null;
  const events = eventsFor(api, o);
  switch (kind) {
    case 'Pod':
      describePod(w, o, events, now);
      break;
    case 'Service':
      describeService(w, o, api.get('endpoints', ns, String(m.name)), events, now);
      break;
    case 'Deployment':
      describeDeployment(w, o, api.list('replicasets', ns), events, now);
      break;
    case 'Ingress':
      describeIngress(w, api, o, events, now);
      break;
    case 'Node':
      describeNode(
        w,
        o,
        api.get('leases', 'kube-node-lease', String(m.name)),
        api.list('pods', null).filter((p) => isJson(p.spec) && p.spec.nodeName === m.name),
        events,
        now,
      );
      break;
    case 'Namespace':
      nameAndLabels(w, m);
      w.write(0, `Status:\t${String((o.status as Json | undefined)?.phase ?? '')}\n`);
      break;
    case 'Endpoints':
      nameAndLabels(w, m, String(m.namespace));
      w.write(0, 'Subsets:\n');
      for (const ss of (Array.isArray(o.subsets) ? o.subsets : []).filter(isJson)) {
        const ips = (v: unknown): string =>
          (Array.isArray(v) ? v.filter(isJson) : []).map((a) => String(a.ip)).join(',') || '<none>';
        w.write(1, `Addresses:\t${ips(ss.addresses)}\n`);
        w.write(1, `NotReadyAddresses:\t${ips(ss.notReadyAddresses)}\n`);
        const ports = (Array.isArray(ss.ports) ? ss.ports : []).filter(isJson);
        if (ports.length) {
          w.write(1, 'Ports:\n');
          w.write(2, 'Name\tPort\tProtocol\n');
          w.write(2, '----\t----\t--------\n');
          for (const p of ports)
            w.write(2, `${String(p.name ?? '') || '<unset>'}\t${Number(p.port)}\t${String(p.protocol)}\n`);
        }
        w.write(0, '\n');
      }
      describeEvents(w, events, now);
      break;
    case 'IngressClass':
      nameAndLabels(w, m);
      w.write(0, `Controller:\t${String((o.spec as Json | undefined)?.controller ?? '')}\n`);
      describeEvents(w, events, now);
      break;
    default:
      nameAndLabels(w, m, ns);
      describeEvents(w, events, now);
  }
  return w.toString();
}

/** `kubectl describe`. */
export function runDescribe(ctx: KubectlContext): KubectlResult {
  if (ctx.words.length === 0)
    return fail(
      'error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
    );
  const parsed = parseTargets(ctx.words);
  if ('error' in parsed) return fail(parsed.error);
  const labels = parseLabelSelector(ctx.args.flags.get('selector') ?? '');
  if ('error' in labels) return fail(`error: ${labels.error}`);
  const all = ctx.args.flags.has('all-namespaces');
  const parts: string[] = [];
  let stderr = [
    ...new Set(
      parsed.targets.flatMap((t) => (t.resource.warning ? [`Warning: ${t.resource.warning}\n`] : [])),
    ),
  ].join('');
  const warned = stderr.length > 0;
  for (const t of parsed.targets) {
    const ns = t.resource.namespaced ? (all ? null : ctx.namespace) : null;
    const objects: Json[] = [];
    if (t.names.length) {
      for (const name of t.names) {
        const o = ctx.api.get(t.resource.resource, ns, name);
        if (o) objects.push(o);
        else stderr += `Error from server (NotFound): ${groupResource(t.resource)} "${name}" not found\n`;
      }
    } else
      objects.push(...ctx.api.list(t.resource.resource, ns).filter((o) => selectorsMatch(o, labels, [])));
    for (const o of objects) parts.push(describeOne(ctx.api, t.resource.kind, o));
  }
  const failed = stderr.length > 0 && (!warned || stderr.includes('Error from server'));
  if (parts.length === 0 && !failed)
    return {
      stdout: '',
      stderr: `${stderr}No resources found in ${ctx.namespace} namespace.\n`,
      exitCode: 0,
    };
  return { stdout: parts.join('\n\n'), stderr, exitCode: failed ? 1 : 0 };
}
