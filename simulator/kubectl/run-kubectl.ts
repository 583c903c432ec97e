import type { KubeObject, KubectlResult, Simulation } from '../api-types.ts';
import { describeObject } from './describe-command.ts';
import { runExec } from './exec-command.ts';
import { parseSelector, runGet } from './get-command.ts';
import { parseArgs, tokenize, type KubectlArgs } from './parse-args.ts';
import { findResourceType, type ResourceType } from './resource-types.ts';
import { runRollout } from './rollout-command.ts';
import { formatDiagnostic } from '../../core/index.ts';

const ok = (stdout: string): KubectlResult => ({ stdout, stderr: '', exitCode: 0 });
const err = (stderr: string, exitCode = 1): KubectlResult => ({
  stdout: '',
  stderr: stderr.endsWith('\n') ? stderr : stderr + '\n',
  exitCode,
});
const COMMANDS = [
  'get',
  'describe',
  'apply',
  'delete',
  'scale',
  'rollout',
  'cordon',
  'uncordon',
  'drain',
  'expose',
  'set',
  'version',
  'run',
  'create',
  'logs',
];

/** Splits `deploy/web` or `deploy web` into a type and names. */
function target(words: string[]): { type: ResourceType | undefined; typeWord: string; names: string[] } {
  const first = words[0] ?? '';
  if (first.includes('/')) {
    const [t, n] = first.split('/');
    return {
      type: findResourceType(t ?? ''),
      typeWord: t ?? '',
      names: [n ?? '', ...words.slice(1).map((w) => w.split('/').pop() ?? w)],
    };
  }
  return { type: findResourceType(first), typeWord: first, names: words.slice(1) };
}

const unknownType = (word: string): KubectlResult =>
  err(`error: the server doesn't have a resource type "${word}"`);

/**
 * A kubectl-style interpreter over a simulation. Output follows kubectl's formats; unknown commands,
 * resources and flags get kubectl's errors. `files` holds what `apply -f NAME` reads.
 */
export function runKubectl(sim: Simulation, line: string, files: Record<string, string>): KubectlResult {
  const tokens = tokenize(line.replace(/^\s*kubectl\s+/, ''));
  if (tokens[0] === 'exec') return runExec(sim, tokens.slice(1));
  const args = parseArgs(tokens);
  const [command, ...rest] = args.words;
  if (!command)
    return ok(
      'kubectl controls the (simulated) k3s cluster.\n\nBasic Commands: get describe apply delete scale rollout cordon uncordon drain expose set run create\n',
    );
  if (!COMMANDS.includes(command)) return err(`error: unknown command "${command}" for "kubectl"`);
  if (args.unknown.length > 0)
    return err(`error: unknown flag: ${args.unknown[0]}\nSee 'kubectl ${command} --help' for usage.`);
  const namespace = args.flags.get('namespace') ?? 'default';
  switch (command) {
    case 'version':
      return ok('Client Version: v1.37.1\nServer Version: v1.37.1+k3s1\n');
    case 'get':
    case 'describe': {
      if (rest.length === 0)
        return err(
          `error: you must specify the type of resource to ${command}. Use "kubectl api-resources" for a complete list of supported resources.`,
        );
      const t = target(rest);
      if (command === 'get' && t.typeWord === 'all') {
        const snapAll = sim.snapshot();
        const outs = ['pods', 'services', 'deployments', 'replicasets'].map((w) =>
          runGet(
            snapAll,
            {
              type: findResourceType(w)!,
              names: [],
              namespace,
              allNamespaces: args.flags.has('all-namespaces'),
              output: '',
              selector: parseSelector(args.flags.get('selector')),
            },
            true,
          ),
        );
        const text = outs
          .map((o) => o.stdout)
          .filter(Boolean)
          .join('\n');
        return text
          ? ok(text)
          : { stdout: '', stderr: `No resources found in ${namespace} namespace.\n`, exitCode: 0 };
      }
      const typeWords = t.typeWord.split(',');
      const types = typeWords.map((w) => [w, findResourceType(w)] as const);
      const missing = types.find(([, x]) => !x);
      if (missing) return unknownType(missing[0]);
      const snap = sim.snapshot();
      if (command === 'describe') {
        const type = t.type!;
        const names = t.names.length
          ? t.names
          : snap.pods.filter((p) => type.kind === 'Pod' && p.namespace === namespace).map((p) => p.name);
        const parts = names.map(
          (n) =>
            describeObject(snap, type, namespace, n) ??
            `Error from server (NotFound): ${type.plural} "${n}" not found`,
        );
        const failed = parts.some((p) => p.startsWith('Error from server'));
        return {
          stdout: parts.filter((p) => !p.startsWith('Error')).join('\n\n'),
          stderr: parts
            .filter((p) => p.startsWith('Error'))
            .map((p) => p + '\n')
            .join(''),
          exitCode: failed ? 1 : 0,
        };
      }
      const outputs = types.map(([, type]) =>
        runGet(snap, {
          type: type!,
          names: t.names,
          namespace,
          allNamespaces: args.flags.has('all-namespaces'),
          output: args.flags.get('output') ?? '',
          selector: parseSelector(args.flags.get('selector')),
        }),
      );
      return {
        stdout: outputs
          .map((o) => o.stdout)
          .filter(Boolean)
          .join('\n'),
        stderr: outputs.map((o) => o.stderr).join(''),
        exitCode: Math.max(...outputs.map((o) => o.exitCode)),
      };
    }
    case 'apply':
      return apply(sim, args, files);
    case 'delete': {
      if (args.flags.has('filename')) return deleteFromFile(sim, args, files);
      const t = target(rest);
      if (!t.type)
        return t.typeWord
          ? unknownType(t.typeWord)
          : err('error: You must provide one or more resources by argument or filename.');
      if (t.names.length === 0) return err('error: resource(s) were provided, but no name was specified');
      let stdout = '';
      let stderr = '';
      for (const name of t.names) {
        const r = sim.delete(t.type.kind, namespace, name);
        if (r.ok) stdout += `${t.type.qualified} "${name}" deleted\n`;
        else stderr += `${r.error?.en}\n`;
      }
      return { stdout, stderr, exitCode: stderr ? 1 : 0 };
    }
    case 'scale': {
      const t = target(rest);
      if (!t.type || t.type.kind !== 'Deployment')
        return t.type
          ? err(`error: cannot scale ${t.type.plural} (the simulator scales Deployments)`)
          : unknownType(t.typeWord);
      const replicas = Number(args.flags.get('replicas'));
      if (!args.flags.has('replicas') || !Number.isInteger(replicas))
        return err(
          'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
        );
      const r = sim.scale(namespace, t.names[0] ?? '', replicas);
      return r.ok ? ok(`deployment.apps/${t.names[0]} scaled\n`) : err(r.error?.en ?? '');
    }
    case 'rollout':
      return runRollout(sim, rest, args, namespace);
    case 'cordon':
    case 'uncordon': {
      const name = rest[0] ?? '';
      const r = command === 'cordon' ? sim.cordon(name) : sim.uncordon(name);
      return r.ok ? ok(`node/${name} ${command}ed\n`) : err(r.error?.en ?? '');
    }
    case 'drain':
      return drain(sim, rest[0] ?? '', args);
    case 'expose':
      return expose(sim, rest, args, namespace);
    case 'logs':
      return logs(sim, rest, namespace);
    case 'run':
    case 'create':
      return create(sim, command, rest, args, namespace);
    case 'set': {
      if (rest[0] !== 'image') return err(`error: unknown command "${rest[0] ?? ''}" for "kubectl set"`);
      const t = target(rest.slice(1));
      if (!t.type || t.type.kind !== 'Deployment') return unknownType(t.typeWord);
      const [name, ...pairs] = t.names;
      for (const pair of pairs) {
        const [container, image] = pair.split('=');
        const r = sim.setImage(namespace, name ?? '', container ?? '', image ?? '');
        if (!r.ok) return err(r.error?.en ?? '');
      }
      return ok(`deployment.apps/${name} image updated\n`);
    }
  }
  return err(`error: unknown command "${command}" for "kubectl"`);
}

function apply(sim: Simulation, args: KubectlArgs, files: Record<string, string>): KubectlResult {
  const name = args.flags.get('filename');
  if (!name) return err('error: must specify one of -f and -k');
  const text = files[name];
  if (text === undefined) return err(`error: the path "${name}" does not exist`);
  const result = sim.apply(text, name);
  const warnings = result.warnings.map((w) => `Warning: ${formatDiagnostic(w, 'en')}\n`).join('');
  if (result.diagnostics.length > 0)
    return {
      stdout: '',
      stderr: warnings + result.diagnostics.map((d) => `error: ${formatDiagnostic(d, 'en')}\n`).join(''),
      exitCode: 1,
    };
  const lines = result.applied
    .map((a) => `${findResourceType(a.kind)?.qualified ?? a.kind.toLowerCase()}/${a.name} ${a.action}\n`)
    .join('');
  return { stdout: lines, stderr: warnings, exitCode: 0 };
}

function deleteFromFile(sim: Simulation, args: KubectlArgs, files: Record<string, string>): KubectlResult {
  const name = args.flags.get('filename') ?? '';
  const text = files[name];
  if (text === undefined) return err(`error: the path "${name}" does not exist`);
  const docs = text.split(/^---\s*$/m);
  let stdout = '';
  let stderr = '';
  for (const doc of docs) {
    const kind = /^kind:\s*(\S+)/m.exec(doc)?.[1];
    const objName = /^\s{2}name:\s*(\S+)/m.exec(doc)?.[1];
    const ns = /^\s{2}namespace:\s*(\S+)/m.exec(doc)?.[1] ?? args.flags.get('namespace') ?? 'default';
    if (!kind || !objName) continue;
    const r = sim.delete(kind, ns, objName);
    const type = findResourceType(kind);
    if (r.ok) stdout += `${type?.qualified ?? kind.toLowerCase()} "${objName}" deleted\n`;
    else stderr += `${r.error?.en}\n`;
  }
  return { stdout, stderr, exitCode: stderr ? 1 : 0 };
}

function drain(sim: Simulation, name: string, args: KubectlArgs): KubectlResult {
  const snap = sim.snapshot();
  const node = snap.nodes.find((n) => n.name === name);
  if (!node) return err(`Error from server (NotFound): nodes "${name}" not found`);
  const daemon = node.pods.filter((p) => p.owner?.kind === 'DaemonSet' && p.status !== 'Terminating');
  if (daemon.length > 0 && !args.flags.has('ignore-daemonsets'))
    return err(
      `node/${name} cordoned\nerror: unable to drain node "${name}" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${daemon.map((p) => `${p.namespace}/${p.name}`).join(', ')}`,
    );
  const evicted = node.pods.filter((p) => p.owner?.kind !== 'DaemonSet' && p.status !== 'Terminating');
  const r = sim.drain(name, { force: args.flags.has('force') });
  if (!r.ok) return err(`node/${name} cordoned\n${r.error?.en}`);
  const lines =
    evicted.map((p) => `evicting pod ${p.namespace}/${p.name}\n`).join('') +
    evicted.map((p) => `pod/${p.name} evicted\n`).join('');
  const warning = daemon.length
    ? `Warning: ignoring DaemonSet-managed Pods: ${daemon.map((p) => `${p.namespace}/${p.name}`).join(', ')}\n`
    : '';
  return { stdout: `node/${name} cordoned\n${lines}node/${name} drained\n`, stderr: warning, exitCode: 0 };
}

function expose(sim: Simulation, words: string[], args: KubectlArgs, namespace: string): KubectlResult {
  const t = target(words);
  if (!t.type) return unknownType(t.typeWord);
  const name = t.names[0] ?? '';
  const snap = sim.snapshot();
  let selector: Record<string, string> | null = null;
  let defaultPort: number | undefined;
  if (t.type.kind === 'Deployment') {
    const d = snap.deployments.find((x) => x.namespace === namespace && x.name === name);
    selector = d ? d.selector : null;
  } else if (t.type.kind === 'Pod') {
    const p = snap.pods.find((x) => x.namespace === namespace && x.name === name);
    selector = p ? p.labels : null;
    defaultPort = p?.containers[0]?.ports[0]?.containerPort;
  } else return err(`error: cannot expose a ${t.type.kind}`);
  if (!selector) return err(`Error from server (NotFound): ${t.type.plural} "${name}" not found`);
  const port = Number(args.flags.get('port') ?? defaultPort);
  if (!Number.isInteger(port) || port <= 0)
    return err(
      "error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples",
    );
  const targetPort = args.flags.get('target-port');
  const service = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: args.flags.get('name') ?? name, namespace },
    spec: {
      type: args.flags.get('type') ?? 'ClusterIP',
      selector,
      ports: [
        {
          port,
          protocol: args.flags.get('protocol') ?? 'TCP',
          targetPort:
            targetPort === undefined ? port : /^\d+$/.test(targetPort) ? Number(targetPort) : targetPort,
        },
      ],
    },
  };
  const result = sim.applyObjects([service], 'kubectl-expose');
  if (result.diagnostics.length > 0)
    return err(
      result.diagnostics
        .map((d) => `The Service "${service.metadata.name}" is invalid: ${d.place.path}: ${d.message.en}`)
        .join('\n'),
    );
  return ok(`service/${service.metadata.name} exposed\n`);
}

/** `kubectl run NAME --image=I [--port=P]`, `kubectl create deployment NAME --image=I [--replicas=N] [--port=P]`, `kubectl create namespace NAME`. */
function create(
  sim: Simulation,
  command: string,
  words: string[],
  args: KubectlArgs,
  namespace: string,
): KubectlResult {
  const [what, maybeName] = words;
  const kind =
    command === 'run' ? 'pod' : what === 'deploy' ? 'deployment' : what === 'ns' ? 'namespace' : what;
  const name = command === 'run' ? what : maybeName;
  if (!name) return err(`error: NAME is required for ${command}`);
  if (kind === 'namespace') {
    const r = sim.applyObjects(
      [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }],
      'kubectl-create',
    );
    return r.diagnostics.length ? err(r.diagnostics[0]!.message.en) : ok(`namespace/${name} created\n`);
  }
  if (kind !== 'pod' && kind !== 'deployment')
    return err(`error: unknown command "${what ?? ''}" for "kubectl create"`);
  const image = args.flags.get('image');
  if (!image) return err(`error: required flag(s) "image" not set`);
  const port = args.flags.get('port');
  const container = {
    name: kind === 'pod' ? name : image.split('/').pop()!.split(':')[0]!,
    image,
    ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
  };
  const labels: Record<string, string> = kind === 'pod' ? { run: name } : { app: name };
  const snap = sim.snapshot();
  const exists =
    kind === 'pod'
      ? snap.pods.some((p) => p.namespace === namespace && p.name === name)
      : snap.deployments.some((d) => d.namespace === namespace && d.name === name);
  if (exists)
    return err(
      `Error from server (AlreadyExists): ${kind === 'pod' ? 'pods' : 'deployments.apps'} "${name}" already exists`,
    );
  const object: KubeObject =
    kind === 'pod'
      ? {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name, namespace, labels },
          spec: { containers: [container] },
        }
      : {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name, namespace, labels },
          spec: {
            replicas: Number(args.flags.get('replicas') ?? 1),
            selector: { matchLabels: labels },
            template: { metadata: { labels }, spec: { containers: [container] } },
          },
        };
  const r = sim.applyObjects([object], `kubectl-${command}`);
  if (r.diagnostics.length)
    return err(r.diagnostics.map((d) => `error: ${d.place.path}: ${d.message.en}`).join('\n'));
  return ok(kind === 'pod' ? `pod/${name} created\n` : `deployment.apps/${name} created\n`);
}

/**
 * `kubectl logs POD`: the simulator runs no real programs, so a running container only says what it
 * listens on; a waiting one gets kubectl's BadRequest error.
 */
function logs(sim: Simulation, words: string[], namespace: string): KubectlResult {
  const name = (words[0] ?? '').replace(/^(pod|po|pods)\//, '');
  if (!name) return err("error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.");
  const pod = sim.snapshot().pods.find((p) => p.namespace === namespace && p.name === name);
  if (!pod) return err(`Error from server (NotFound): pods "${name}" not found`);
  const container = pod.containers[0]!;
  if (
    pod.status === 'Pending' ||
    pod.status === 'ContainerCreating' ||
    pod.status === 'ErrImagePull' ||
    pod.status === 'ImagePullBackOff'
  )
    return err(
      `Error from server (BadRequest): container "${container.name}" in pod "${name}" is waiting to start: ${pod.status}`,
    );
  const ports = container.ports.map((p) => p.containerPort).join(', ') || '(no declared port)';
  const lines = [
    `[simulated] ${container.image} started in ${name} on ${pod.nodeName}, listening on ${ports}`,
  ];
  if (pod.restarts > 0) lines.push(`[simulated] container restarted ${pod.restarts} time(s)`);
  return ok(lines.join('\n') + '\n');
}
