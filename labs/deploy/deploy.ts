/**
 * `faaslab deploy`: export the lab's k3s manifests, `kubectl apply` them, wait for `kubectl rollout status`,
 * then call the function through the NodePort and through the Ingress and print the URLs. Each step that
 * can fail says what is missing and how to get it (kubectl, a reachable cluster, a ready pod).
 */
import type { Lab } from '../index.ts';
import type { ExportCliIo } from '../cli/command-io.ts';
import { DEPLOY_MESSAGES, type DeployMessageCode } from './deploy-messages.ts';
import { EXIT, fillBilingual, formatDiagnostic } from '../../core/index.ts';
import type { ExportSettings } from '../export/export-settings.ts';
import type { HandlerChoice } from '../export/exportable-lab.ts';
import { exportableLab } from '../export/exportable-lab.ts';
import { loadFunctionServerFiles } from '../export/function-server-files.ts';
import { httpCall, type HttpAnswer } from './http-call.ts';
import { exportK8sManifests } from '../export/k8s-manifests.ts';
import { ingressPath } from '../export/k8s-layout.ts';
import { runKubectl } from './kubectl.ts';

/** What to deploy and where. */
export interface DeployOptions {
  lab: Lab;
  handler: HandlerChoice;
  settings: ExportSettings;
  context?: string;
  /** Overrides the node address found with `kubectl get nodes`. */
  nodeIp?: string;
  /** Overrides the Ingress base URL (default `http://<node-ip>`, Traefik on port 80). */
  ingressUrl?: string;
  rolloutTimeoutSeconds: number;
  lang: 'es' | 'en';
}

/** Runs the deploy; writes progress to stderr and the URLs to stdout; resolves to the exit code. */
export async function deployLab(options: DeployOptions, io: ExportCliIo): Promise<number> {
  const { lab, lang, context } = options;
  const say = (code: DeployMessageCode, params: Record<string, string | number> = {}) =>
    fillBilingual(DEPLOY_MESSAGES[code], params)[lang];
  const step = (text: string) => io.stderr(`${say('deploy.step', { step: text })}\n`);
  const kubectl = (args: string[], extra: { stdin?: string; timeoutMs?: number } = {}) =>
    runKubectl(args, { env: io.env, ...(context ? { context } : {}), ...extra });

  const exported = exportK8sManifests(
    exportableLab(lab, options.handler),
    loadFunctionServerFiles(),
    options.settings,
  );
  for (const d of exported.diagnostics) io.stderr(`${formatDiagnostic(d, lang)}\n`);
  if (exported.diagnostics.some((d) => d.severity === 'error')) return EXIT.failed;
  const { namespace, nodePort, ingressHost } = exported.settings;

  step('kubectl version --client');
  const client = await kubectl(['version', '--client']);
  if (client.missing) return (io.stderr(`${say('deploy.kubectl-missing')}\n`), EXIT.failed);

  step('kubectl get --raw /readyz');
  const ready = await kubectl(['get', '--raw', '/readyz', '--request-timeout=5s'], { timeoutMs: 15_000 });
  if (ready.exitCode !== 0) {
    const reason = firstLines(ready.stderr || ready.stdout);
    const params = {
      reason,
      context: context ? ` (--context ${context})` : '',
      kubeconfig:
        io.env.KUBECONFIG ??
        (lang === 'es' ? '(sin definir: se usa ~/.kube/config)' : '(unset: ~/.kube/config is used)'),
    };
    return (io.stderr(`${say('deploy.cluster-unreachable', params)}\n`), EXIT.failed);
  }

  step(`kubectl apply -f - (${exported.objects.length} objects, namespace ${namespace})`);
  const applied = await kubectl(['apply', '-f', '-'], { stdin: exported.text, timeoutMs: 60_000 });
  if (applied.exitCode !== 0)
    return (
      io.stderr(`${say('deploy.apply-failed', { reason: firstLines(applied.stderr) })}\n`),
      EXIT.failed
    );
  io.stderr(applied.stdout);

  step(`kubectl -n ${namespace} rollout status deployment/${lab.id}`);
  const timeout = options.rolloutTimeoutSeconds;
  const rollout = await kubectl(
    ['-n', namespace, 'rollout', 'status', `deployment/${lab.id}`, `--timeout=${timeout}s`],
    {
      timeoutMs: (timeout + 15) * 1000,
    },
  );
  if (rollout.exitCode !== 0) {
    const reason = firstLines(rollout.stderr || rollout.stdout);
    return (io.stderr(`${say('deploy.rollout-failed', { reason, namespace, id: lab.id })}\n`), EXIT.failed);
  }

  const nodeIp = options.nodeIp ?? (await findNodeIp(kubectl));
  if (!nodeIp) return (io.stderr(`${say('deploy.no-node-ip')}\n`), EXIT.failed);

  const example = lab.examples[0]?.request ?? lab.checks[0]?.request ?? { method: 'GET', path: '/' };
  const path = ingressPath(lab.id, ingressHost);
  const nodePortUrl = `http://${nodeIp}:${nodePort}${example.path ?? '/'}`;
  const ingressBase = (options.ingressUrl ?? `http://${nodeIp}`).replace(/\/$/, '');
  const ingressUrl = `${ingressBase}${path === '/' ? (example.path ?? '/') : path}`;
  const init = {
    method: example.method,
    ...(example.headers ? { headers: example.headers } : {}),
    ...(example.body !== undefined ? { body: example.body } : {}),
  };

  let failed = false;
  for (const [route, url, host] of [
    ['NodePort', nodePortUrl, undefined],
    ['Ingress', ingressUrl, ingressHost],
  ] as const) {
    step(`${example.method} ${url}${host ? ` (Host: ${host})` : ''}`);
    try {
      // Traefik needs a moment to pick up a new Ingress (404 until then); the Service answers at once.
      const answer = await retryWhile(
        () => httpCall(url, { ...init, ...(host ? { host } : {}) }),
        (a) => a.status === 404 || a.status >= 502,
        10,
      );
      io.stderr(
        `${say('deploy.answered', { route, url, status: answer.status, body: answer.body.slice(0, 200) })}\n`,
      );
      if (answer.status >= 500 || answer.status === 404) failed = true;
    } catch (error) {
      io.stderr(
        `${say('deploy.call-failed', { route, url, reason: error instanceof Error ? error.message : String(error) })}\n`,
      );
      failed = true;
    }
  }
  const data = example.body !== undefined ? ` -d '${example.body.replace(/'/g, "'\\''")}'` : '';
  io.stdout(
    `${say('deploy.done', {
      id: lab.id,
      nodePortCurl: `${nodePortUrl}${data}`,
      ingressCurl: `${host(ingressHost)}${ingressUrl}${data}`,
      contextFlag: context ? ` --context ${context}` : '',
      namespace,
    })}\n`,
  );
  return failed ? EXIT.failed : EXIT.ok;
}

const host = (h: string | undefined) => (h ? `-H 'Host: ${h}' ` : '');

function firstLines(text: string): string {
  return text.trim().split('\n').slice(0, 4).join('\n    ') || '(no output)';
}

async function findNodeIp(
  kubectl: (args: string[]) => Promise<{ exitCode: number; stdout: string }>,
): Promise<string | undefined> {
  const nodes = await kubectl(['get', 'nodes', '-o', 'json']);
  if (nodes.exitCode !== 0) return undefined;
  try {
    const list = JSON.parse(nodes.stdout) as {
      items?: Array<{ status?: { addresses?: Array<{ type: string; address: string }> } }>;
    };
    const addresses = list.items?.[0]?.status?.addresses ?? [];
    return (addresses.find((a) => a.type === 'ExternalIP') ?? addresses.find((a) => a.type === 'InternalIP'))
      ?.address;
  } catch {
    return undefined;
  }
}

// Retries, one second apart, while the answer is one a route still being set up gives, or the connection fails.
async function retryWhile(
  call: () => Promise<HttpAnswer>,
  again: (a: HttpAnswer) => boolean,
  attempts: number,
): Promise<HttpAnswer> {
  for (let i = 1; ; i++) {
    try {
      const answer = await call();
      if (i >= attempts || !again(answer)) return answer;
    } catch (error) {
      if (i >= attempts) throw error;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
