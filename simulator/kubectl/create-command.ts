/**
 * `kubectl create deployment|service clusterip|nodeport|loadbalancer|namespace|configmap NAME …` and
 * `kubectl run NAME --image=I`: the objects kubectl's generators build (k8s.io/kubectl pkg/cmd/create:
 * create_deployment.go, create_service.go, create_namespace.go, create_configmap.go; pkg/cmd/run), sent
 * through the API view, with kubectl's messages — `failed to create …` around a server error, except for
 * namespaces, which print the server's error as it is.
 */
import type { KubectlResult } from '../api-types.ts';
import type { Json } from '../kube-api/object-meta.ts';
import { qualifiedName, resourceForKind } from '../kube-api/resource-table.ts';
import { fail, isStatusError, ok, serverError, type KubectlContext } from './command-context.ts';
import { dataFromSources } from './data-sources.ts';
import { dryRunOf, printDryRun, typedRoundTrip, type DryRun } from './dry-run.ts';
import { printYaml } from './print-object.ts';
import { say } from './console-messages.ts';

const SERVICE_TYPES: Record<string, string> = {
  clusterip: 'ClusterIP',
  nodeport: 'NodePort',
  loadbalancer: 'LoadBalancer',
};

/** cobra's words for `kubectl create service|secret WORDS…` when the first word is no subcommand. */
export const unknownSubcommand = (command: string, words: string[]): KubectlResult =>
  fail(
    `error: unknown command "${words.join(' ')}"\nSee 'kubectl create ${command} -h' for help and examples`,
  );

/**
 * Sends the object; `failed` words the error as that generator does (`configmap:` → `error: failed to create
 * configmap: <message>`; null: the server's line as is).
 */
export function send(
  ctx: KubectlContext,
  object: Json,
  namespaced: boolean,
  failed: string | null,
): KubectlResult {
  const asked = dryRunOf(ctx);
  if ('error' in asked) return fail(asked.error);
  // kubectl logs the deprecation (stderr) while it reads its flags, before it prints anything else.
  const result = sendAs(ctx, object, namespaced, failed, asked.mode);
  return { ...result, stderr: asked.warning + result.stderr };
}

function sendAs(
  ctx: KubectlContext,
  object: Json,
  namespaced: boolean,
  failed: string | null,
  dryRun: DryRun['mode'],
): KubectlResult {
  const r = resourceForKind(String(object.kind))!;
  const label = `${qualifiedName(r)}/${String((object.metadata as Json).name)}`;
  const output = ctx.args.flags.get('output');
  // kubectl's typed objects print -o json in Go's field order, which the console does not keep.
  if (output !== undefined && output !== 'yaml' && output !== 'name')
    return fail(say(ctx.lang, 'outputHere', { output }));
  if (dryRun === 'client') return printDryRun(ctx, object, label);
  const created = ctx.api.create(r, namespaced ? ctx.namespace : null, object, {
    dryRun: dryRun === 'server',
    lang: ctx.lang,
  });
  if (isStatusError(created))
    return fail(
      failed ? `error: failed to create ${failed} ${String(created.body.message)}` : serverError(created),
    );
  // -o prints the object the server answered, as for `get`.
  if (output === 'yaml') return ok(printYaml(typedRoundTrip(created)));
  if (output === 'name') return ok(`${label}\n`);
  return ok(`${label} created${dryRun === 'server' ? ' (server dry run)' : ''}\n`);
}

/** A container named after its image (`docker.io/library/nginx:1.27` → `nginx`), as create deployment names it. */
function container(image: string, name: string | null, port: string | undefined): Json {
  // Keys in Go's field order (as kubectl's JSON and protobuf bodies carry them): the template hash reads them.
  return {
    name: name ?? (image.split('/').pop() ?? image).split(/[:@]/)[0],
    image,
    ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
    resources: {},
  };
}

function createService(ctx: KubectlContext, type: string, name: string): KubectlResult {
  if (!name)
    return fail(
      `error: exactly one NAME is required, got 0\nSee 'kubectl create service ${ctx.words[1]} -h' for help and examples`,
    );
  const clusterIP = ctx.args.flags.get('clusterip');
  const tcp = ctx.args.lists.get('tcp') ?? [];
  if (tcp.length === 0 && clusterIP !== 'None')
    return fail('error: at least one tcp port specifier must be provided');
  const nodePort = Number(ctx.args.flags.get('node-port') ?? 0);
  const ports = tcp.map((spec) => {
    const [port = '', target = port] = spec.split(':');
    return {
      name: spec.replaceAll(':', '-'),
      port: Number(port),
      protocol: 'TCP',
      targetPort: /^\d+$/.test(target) ? Number(target) : target,
      ...(nodePort ? { nodePort } : {}),
    };
  });
  const labels = { app: name };
  return send(
    ctx,
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { labels, name },
      // kubectl leaves `ports` out when there are none (`--clusterip=None` alone).
      spec: {
        ...(ports.length ? { ports } : {}),
        selector: labels,
        type,
        ...(clusterIP ? { clusterIP } : {}),
      },
    },
    true,
    `${type} service:`,
  );
}

function createConfigMap(ctx: KubectlContext, name: string): KubectlResult {
  if (!name)
    return fail(
      `error: exactly one NAME is required, got 0\nSee 'kubectl create configmap -h' for help and examples`,
    );
  const data = dataFromSources(ctx, 'ConfigMap', name);
  if ('error' in data) return fail(data.error);
  const object: Json = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } };
  const keys = Object.keys(data).sort();
  if (keys.length) object.data = Object.fromEntries(keys.map((k) => [k, data[k]!]));
  return send(ctx, object, true, 'configmap:');
}

/** `kubectl create …` (without -f) and `kubectl run`. */
export function runCreate(ctx: KubectlContext, run: boolean): KubectlResult {
  const [what = '', maybeName] = ctx.words;
  if (!run && (what === 'service' || what === 'svc')) {
    const type = SERVICE_TYPES[maybeName ?? ''];
    if (!type) return unknownSubcommand('service', ctx.words.slice(1));
    return createService(ctx, type, ctx.words[2] ?? '');
  }
  if (!run && (what === 'configmap' || what === 'cm')) return createConfigMap(ctx, maybeName ?? '');
  const kind = run ? 'pod' : what === 'deploy' ? 'deployment' : what === 'ns' ? 'namespace' : what;
  const name = run ? what : (maybeName ?? '');
  if (!run && !['deployment', 'namespace'].includes(kind))
    return fail(
      `error: Unexpected args: [${ctx.words.join(' ')}]\nSee 'kubectl create -h' for help and examples`,
    );
  if (!name) return fail(`error: exactly one NAME is required, got 0`);
  if (kind === 'namespace')
    return send(ctx, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } }, false, null);
  const image = ctx.args.flags.get('image');
  if (!image) return fail('error: required flag(s) "image" not set');
  const port = ctx.args.flags.get('port');
  const labels = run ? { run: name } : { app: name };
  const containers = [container(image, run ? name : null, port)];
  const object: Json = run
    ? {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { labels, name },
        spec: { containers, dnsPolicy: 'ClusterFirst', restartPolicy: 'Always' },
      }
    : {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { labels, name },
        spec: {
          replicas: Number(ctx.args.flags.get('replicas') ?? 1),
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: { containers } },
          strategy: {},
        },
      };
  return send(ctx, object, true, run ? null : 'deployment:');
}
