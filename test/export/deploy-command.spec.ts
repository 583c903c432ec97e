/**
 * `faaslab deploy` against a fake kubectl on PATH: no kubectl, an unreachable cluster, a rollout that times
 * out, and a reachable cluster where the function really answers — the exported pod runs here on the
 * NodePort, started from the same YAML, and also stands in for Traefik behind --ingress-url.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { getLab } from '../../labs/index.ts';
import { exportableLab, exportK8sManifests, parseYamlDocuments } from '../../labs/export/index.ts';
import { loadFunctionServerFiles } from '../../labs/export/function-server-files.ts';
import { runDeploy } from '../../labs/cli/deploy-command.ts';
import type { ExportCliIo } from '../../labs/cli/command-io.ts';
import { emptyPath, fakeKubectl } from './fake-kubectl.ts';
import { startContainer } from './materialise-pod.ts';

function captureIo(env: Record<string, string>): ExportCliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    env,
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    readFile: () => '',
    writeFile: () => {},
    mkdir: () => {},
  };
  return io;
}

/** A free port inside the NodePort range, as the export requires one there. */
async function freeNodePort(): Promise<number> {
  for (let port = 30000 + (process.pid % 2000); port <= 32767; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const s = createServer().once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port in 30000-32767');
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

describe('faaslab deploy', () => {
  it('without kubectl on PATH, says it is missing and how to get it (k3s install line), exit 1', async () => {
    const path = emptyPath();
    cleanups.push(path.dispose);
    const io = captureIo(path.env);
    expect(await runDeploy(['hello'], io)).toBe(1);
    expect(io.err).toContain('No se encuentra kubectl en el PATH');
    expect(io.err).toContain('curl -sfL https://get.k3s.io | sh -');
  });

  it('with an unreachable cluster, quotes kubectl and names the k3s kubeconfig and KUBECONFIG, exit 1', async () => {
    const kubectl = fakeKubectl('unreachable');
    cleanups.push(kubectl.dispose);
    const io = captureIo(kubectl.env);
    expect(await runDeploy(['hello', '--context', 'lab'], io)).toBe(1);
    expect(io.err).toContain('kubectl cannot reach a cluster (--context lab)');
    expect(io.err).toContain('The connection to the server 127.0.0.1:6443 was refused');
    expect(io.err).toContain('export KUBECONFIG=/etc/rancher/k3s/k3s.yaml');
    expect(io.err).toContain('KUBECONFIG now: (unset: ~/.kube/config is used)');
    expect(kubectl.calls().some((c) => c.startsWith('--context lab'))).toBe(true);
    expect(kubectl.calls().some((c) => c.includes('apply'))).toBe(false);
  });

  it('when the rollout does not finish, says how to see why, exit 1', async () => {
    const kubectl = fakeKubectl('rollout-timeout');
    cleanups.push(kubectl.dispose);
    const io = captureIo(kubectl.env);
    expect(await runDeploy(['hello', '--namespace', 'course', '--timeout', '30'], io)).toBe(1);
    expect(io.err).toContain('timed out waiting for the condition');
    expect(io.err).toContain('kubectl -n course describe pod -l app.kubernetes.io/name=hello');
  });

  it('applies the export, waits for the rollout, calls the function through NodePort and Ingress and prints the URLs', async () => {
    const kubectl = fakeKubectl('reachable');
    cleanups.push(kubectl.dispose);
    const port = await freeNodePort();
    const lab = getLab('hello')!;
    const expected = exportK8sManifests(exportableLab(lab), loadFunctionServerFiles(), {
      nodePort: port,
    }).text;
    const docs = parseYamlDocuments(expected) as Array<Record<string, never>>;
    const deployment = docs.find((d) => d.kind === 'Deployment') as unknown as {
      spec: { template: { spec: Parameters<typeof startContainer>[0] } };
    };
    const pod = startContainer(
      deployment.spec.template.spec,
      docs.filter((d) => d.kind === 'ConfigMap') as never,
      port,
    );
    cleanups.push(() => pod[Symbol.asyncDispose]());
    await pod.ready('/_/health');

    const io = captureIo(kubectl.env);
    const code = await runDeploy(
      [
        'hello',
        '--context',
        'k3s-lab',
        '--node-port',
        String(port),
        '--ingress-url',
        `http://127.0.0.1:${port}`,
      ],
      io,
    );
    expect(io.err).not.toContain('failed');
    expect(code).toBe(0);
    expect(kubectl.applied()).toBe(expected);
    expect(kubectl.calls()).toContain(
      `--context k3s-lab -n faaslab rollout status deployment/hello --timeout=120s`,
    );
    expect(io.err).toContain(
      `NodePort: http://127.0.0.1:${port}/ answered 200: Hello! You said: it's john here`,
    );
    expect(io.err).toContain(
      `Ingress: http://127.0.0.1:${port}/hello answered 200: Hello! You said: it's john here`,
    );
    expect(io.out).toContain(`curl http://127.0.0.1:${port}/ -d 'it'\\''s john here'`);
    expect(io.out).toContain('kubectl --context k3s-lab delete namespace faaslab');
  });

  it('is reached through the faaslab binary (cli/commands.ts registers the group)', () => {
    const path = emptyPath();
    cleanups.push(path.dispose);
    const run = spawnSync(process.execPath, ['bin/faaslab.mjs', 'deploy', 'hello', '--lang', 'en'], {
      encoding: 'utf8',
      env: path.env,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('kubectl is not on your PATH');
  });
});
