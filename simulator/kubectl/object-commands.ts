/**
 * The console's writing commands besides apply: delete, scale, label, cordon/uncordon, drain, expose,
 * create deployment|service|namespace, run, set image. Each goes through the API view (or the simulation's
 * operation for what the API view does not model) and prints kubectl's message.
 */
import type { KubectlResult } from '../api-types.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import {
  findApiResource,
  groupResource,
  groupVersion,
  qualifiedName,
  resourceForKind,
} from '../kube-api/resource-table.ts';
import { runDeleteFile } from './apply-command.ts';
import { fail, isStatusError, ok, serverError, type KubectlContext } from './command-context.ts';
import { say } from './console-messages.ts';
import { deleteGrace, deletedLine, withWarning, type DeleteGrace } from './delete-grace.ts';
import { parseTargets } from './get-command.ts';
import { parseLabelSelector, selectorsMatch } from '../kube-api/selectors.ts';

const unknownType = (word: string): KubectlResult =>
  fail(`error: the server doesn't have a resource type "${word}"`);

/** `kubectl delete TYPE NAME…`, `delete TYPE/NAME`, `delete -f FILE`. */
export function runDelete(ctx: KubectlContext): KubectlResult {
  const grace = deleteGrace(ctx);
  if (!('warning' in grace)) return grace;
  return withWarning(grace, deleteWith(ctx, grace));
}

function deleteWith(ctx: KubectlContext, grace: DeleteGrace): KubectlResult {
  const selector = ctx.args.flags.get('selector');
  // kubectl filters a file's objects by the selector; the console does not, so it says so.
  if (ctx.args.flags.has('filename') && selector !== undefined)
    return fail(say(ctx.lang, 'notImplemented', { flag: '--selector', command: 'delete -f' }));
  if (ctx.args.flags.has('filename')) return runDeleteFile(ctx, grace);
  if (selector !== undefined) return runDeleteSelected(ctx, selector, grace);
  if (ctx.words.length === 0)
    return fail(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'",
    );
  const parsed = parseTargets(ctx.words);
  if ('error' in parsed) return fail(parsed.error);
  let stdout = '';
  let stderr = '';
  for (const t of parsed.targets) {
    if (t.names.length === 0) return fail('error: resource(s) were provided, but no name was specified');
    for (const name of t.names) {
      const result = ctx.api.delete(t.resource, t.resource.namespaced ? ctx.namespace : null, name, {
        lang: ctx.lang,
        gracePeriodSeconds: grace.gracePeriodSeconds,
      });
      if (isStatusError(result)) stderr += serverError(result) + '\n';
      else stdout += deletedLine(t.resource, name, grace);
    }
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/**
 * `kubectl delete TYPE[,TYPE…] -l SELECTOR`: every object of those types in the namespace whose labels match,
 * with kubectl's refusals of names beside a selector, and `No resources found` when none matched.
 */
function runDeleteSelected(ctx: KubectlContext, selector: string, grace: DeleteGrace): KubectlResult {
  if (ctx.words.length === 0) return fail('error: at least one resource must be specified to use a selector');
  if (ctx.words.some((w) => w.includes('/')))
    return fail('error: selectors and the all flag cannot be used when passing resource/name arguments');
  if (ctx.words.length > 1) return fail('error: name cannot be provided when a selector is specified');
  const parsed = parseTargets(ctx.words);
  if ('error' in parsed) return fail(parsed.error);
  const labels = parseLabelSelector(selector);
  let stdout = '';
  let stderr = '';
  for (const t of parsed.targets) {
    const ns = t.resource.namespaced ? ctx.namespace : null;
    if ('error' in labels)
      return fail(
        `Error from server (BadRequest): Unable to find "${groupVersion(t.resource).replace(/^v1$/, '/v1')}, Resource=${t.resource.resource}" that match label selector "${selector}", field selector "": ${labels.error}`,
      );
    for (const o of ctx.api.list(t.resource.resource, ns).filter((x) => selectorsMatch(x, labels, []))) {
      const name = String((o.metadata as Json).name);
      const result = ctx.api.delete(t.resource, ns, name, {
        lang: ctx.lang,
        gracePeriodSeconds: grace.gracePeriodSeconds,
      });
      if (isStatusError(result)) stderr += serverError(result) + '\n';
      else stdout += deletedLine(t.resource, name, grace);
    }
  }
  if (!stdout && !stderr) return ok('No resources found\n');
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** `kubectl scale deploy/NAME --replicas=N`. */
export function runScale(ctx: KubectlContext): KubectlResult {
  const parsed = parseTargets(ctx.words);
  if ('error' in parsed) return fail(parsed.error);
  const replicas = Number(ctx.args.flags.get('replicas'));
  if (!ctx.args.flags.has('replicas') || !Number.isInteger(replicas) || replicas < 0)
    return fail('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  let stdout = '';
  let stderr = '';
  for (const t of parsed.targets)
    for (const name of t.names) {
      if (t.resource.kind !== 'Deployment') {
        stderr += say(ctx.lang, 'scalesDeploymentsOnly', { resource: t.resource.resource }) + '\n';
        continue;
      }
      if (!ctx.api.get('deployments', ctx.namespace, name)) {
        stderr += `Error from server (NotFound): ${groupResource(t.resource)} "${name}" not found\n`;
        continue;
      }
      const error = ctx.api.scale(ctx.namespace, name, replicas);
      if (error) stderr += serverError(error) + '\n';
      else stdout += `${qualifiedName(t.resource)}/${name} scaled\n`;
    }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

/** `kubectl cordon NODE` / `uncordon NODE`. */
export function runCordon(ctx: KubectlContext, cordon: boolean): KubectlResult {
  const name = ctx.words[0] ?? '';
  const node = ctx.api.get('nodes', null, name);
  if (!node) return fail(`Error from server (NotFound): nodes "${name}" not found`);
  const already = (isJson(node.spec) && node.spec.unschedulable === true) === cordon;
  if (already) return ok(`node/${name} already ${cordon ? 'cordoned' : 'uncordoned'}\n`);
  const r = cordon ? ctx.sim.cordon(name) : ctx.sim.uncordon(name);
  return r.ok ? ok(`node/${name} ${cordon ? 'cordoned' : 'uncordoned'}\n`) : fail(r.error?.[ctx.lang] ?? '');
}

/** `kubectl drain NODE [--ignore-daemonsets] [--force]`. */
export function runDrain(ctx: KubectlContext): KubectlResult {
  const name = ctx.words[0] ?? '';
  if (!ctx.api.get('nodes', null, name))
    return fail(`Error from server (NotFound): nodes "${name}" not found`);
  const pods = ctx.api
    .list('pods', null)
    .filter((p) => isJson(p.spec) && p.spec.nodeName === name && !(p.metadata as Json).deletionTimestamp);
  const ownerKind = (p: Json): string | undefined => {
    const refs = (p.metadata as Json).ownerReferences;
    return Array.isArray(refs) && isJson(refs[0]) ? String(refs[0].kind) : undefined;
  };
  const key = (p: Json): string =>
    `${String((p.metadata as Json).namespace)}/${String((p.metadata as Json).name)}`;
  const daemon = pods.filter((p) => ownerKind(p) === 'DaemonSet');
  const bare = pods.filter((p) => ownerKind(p) === undefined);
  const cordoned = `node/${name} cordoned\n`;
  const problems: string[] = [];
  if (daemon.length && !ctx.args.flags.has('ignore-daemonsets'))
    problems.push(
      `cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemon.map(key).join(', ')}`,
    );
  if (bare.length && !ctx.args.flags.has('force'))
    problems.push(
      `cannot delete Pods that declare no controller (use --force to override): ${bare.map(key).join(', ')}`,
    );
  if (problems.length) {
    ctx.sim.cordon(name);
    return {
      stdout: cordoned,
      stderr: `error: unable to drain node "${name}" due to error: ${problems.join(', ')}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${problems.map((p) => `error: ${p}`).join('\n')}\n`,
      exitCode: 1,
    };
  }
  const evicted = pods.filter((p) => ownerKind(p) !== 'DaemonSet');
  const r = ctx.sim.drain(name, { force: ctx.args.flags.has('force') });
  if (!r.ok) return fail(r.error?.[ctx.lang] ?? '');
  const warnings = [
    ...(daemon.length ? [`Warning: ignoring DaemonSet-managed Pods: ${daemon.map(key).join(', ')}`] : []),
    ...(bare.length
      ? [`Warning: deleting Pods that declare no controller: ${bare.map(key).join(', ')}`]
      : []),
  ];
  return {
    stdout:
      cordoned +
      evicted.map((p) => `evicting pod ${key(p)}\n`).join('') +
      evicted.map((p) => `pod/${String((p.metadata as Json).name)} evicted\n`).join('') +
      `node/${name} drained\n`,
    stderr: warnings.map((w) => w + '\n').join(''),
    exitCode: 0,
  };
}

/** `kubectl label TYPE NAME k=v… [--overwrite]`, `k-` removes. */
export function runLabel(ctx: KubectlContext): KubectlResult {
  const [typeWord = '', ...rest] = ctx.words;
  const [t, n] = typeWord.includes('/') ? typeWord.split('/') : [typeWord, rest.shift()];
  const r = findApiResource(t ?? '');
  if (!r) return unknownType(t ?? '');
  const name = n ?? '';
  const ns = r.namespaced ? ctx.namespace : null;
  const live = ctx.api.get(r.resource, ns, name);
  if (!live) return fail(`Error from server (NotFound): ${groupResource(r)} "${name}" not found`);
  const labels: Record<string, string | null> = {};
  const current = ((live.metadata as Json).labels ?? {}) as Record<string, string>;
  for (const pair of rest) {
    if (pair.endsWith('-')) labels[pair.slice(0, -1)] = null;
    else {
      const [k = '', v = ''] = pair.split('=');
      if (k in current && current[k] !== v && !ctx.args.flags.has('overwrite'))
        return fail(`error: '${k}' already has a value (${current[k]}), and --overwrite is false`);
      labels[k] = v;
    }
  }
  if (r.kind === 'Node') return fail(say(ctx.lang, 'nodeLabelsFixed'));
  const result = ctx.api.patch(
    r,
    ns,
    name,
    'application/merge-patch+json',
    { metadata: { labels } },
    {
      lang: ctx.lang,
    },
  );
  if (isStatusError(result)) return fail(serverError(result));
  return ok(
    `${qualifiedName(r)}/${name} ${Object.values(labels).every((v) => v === null) ? 'unlabeled' : 'labeled'}\n`,
  );
}

/** `kubectl expose deploy|pod|svc NAME --port=P [--target-port] [--type] [--name]`. */
export function runExpose(ctx: KubectlContext): KubectlResult {
  const parsed = parseTargets(ctx.words);
  if ('error' in parsed) return fail(parsed.error);
  const t = parsed.targets[0]!;
  const name = t.names[0] ?? '';
  const live = ctx.api.get(t.resource.resource, ctx.namespace, name);
  if (!live) return fail(`Error from server (NotFound): ${groupResource(t.resource)} "${name}" not found`);
  const spec = isJson(live.spec) ? live.spec : {};
  const meta = live.metadata as Json;
  const selector =
    t.resource.kind === 'Pod'
      ? (meta.labels as Json | undefined)
      : t.resource.kind === 'Service'
        ? (spec.selector as Json | undefined)
        : isJson(spec.selector)
          ? (spec.selector.matchLabels as Json | undefined)
          : undefined;
  const containers =
    t.resource.kind === 'Pod'
      ? spec.containers
      : isJson(spec.template) && isJson(spec.template.spec)
        ? spec.template.spec.containers
        : [];
  const firstPort =
    Array.isArray(containers) &&
    isJson(containers[0]) &&
    Array.isArray(containers[0].ports) &&
    isJson(containers[0].ports[0])
      ? containers[0].ports[0].containerPort
      : undefined;
  const port = Number(ctx.args.flags.get('port') ?? firstPort);
  if (!Number.isInteger(port) || port <= 0)
    return fail(
      "error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples",
    );
  const target = ctx.args.flags.get('target-port');
  const service: Json = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { labels: meta.labels, name: ctx.args.flags.get('name') ?? name },
    spec: {
      ports: [
        {
          port,
          protocol: ctx.args.flags.get('protocol') ?? 'TCP',
          targetPort: target === undefined ? port : /^\d+$/.test(target) ? Number(target) : target,
        },
      ],
      selector,
      ...(ctx.args.flags.has('type') ? { type: ctx.args.flags.get('type') } : {}),
    },
  };
  const result = ctx.api.create(
    resourceForKind('Service')!,
    ctx.namespace,
    JSON.parse(JSON.stringify(service)),
    { lang: ctx.lang },
  );
  if (isStatusError(result)) return fail(serverError(result));
  return ok(`service/${String((service.metadata as Json).name)} exposed\n`);
}

/** `kubectl set image deploy/NAME CONTAINER=IMAGE…`. */
export function runSetImage(ctx: KubectlContext): KubectlResult {
  if (ctx.words[0] !== 'image')
    return fail(`error: unknown command "${ctx.words[0] ?? ''}" for "kubectl set"`);
  const parsed = parseTargets(ctx.words.slice(1).filter((w) => !w.includes('=')));
  if ('error' in parsed) return fail(parsed.error);
  const t = parsed.targets[0]!;
  const name = t.names[0] ?? '';
  if (t.resource.kind !== 'Deployment') return unknownType(t.resource.resource);
  if (!ctx.api.get('deployments', ctx.namespace, name))
    return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  const live = ctx.api.get('deployments', ctx.namespace, name)!;
  const template = isJson(live.spec) && isJson(live.spec.template) ? live.spec.template : {};
  const names = (
    isJson(template.spec) && Array.isArray(template.spec.containers) ? template.spec.containers : []
  )
    .filter(isJson)
    .map((c) => String(c.name));
  const containers: Json[] = [];
  for (const pair of ctx.words.slice(1).filter((w) => w.includes('='))) {
    const [container = '', image = ''] = pair.split('=');
    if (container !== '*' && !names.includes(container))
      return fail(`error: unable to find container named "${container}"`);
    for (const c of container === '*' ? names : [container]) containers.push({ image, name: c });
  }
  // The strategic merge patch kubectl set image sends.
  const result = ctx.api.patch(
    t.resource,
    ctx.namespace,
    name,
    'application/strategic-merge-patch+json',
    {
      spec: { template: { spec: { containers } } },
    },
    { lang: ctx.lang },
  );
  if (isStatusError(result)) return fail(serverError(result));
  return ok(`deployment.apps/${name} image updated\n`);
}
