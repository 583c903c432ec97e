/**
 * End to end on a real cluster: `faaslab deploy hello` into a throw-away namespace, then delete it. Runs only
 * when KUBECONFIG is set and kubectl reaches the cluster (`kubectl get --raw /readyz`); otherwise it is
 * reported as skipped with the reason in its name and on stderr.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function clusterReason(): string | null {
  if (!process.env.KUBECONFIG)
    return 'KUBECONFIG is not set (e.g. export KUBECONFIG=/etc/rancher/k3s/k3s.yaml)';
  const probe = spawnSync('kubectl', ['get', '--raw', '/readyz', '--request-timeout=5s'], {
    encoding: 'utf8',
    timeout: 15_000,
  });
  if (probe.error) return `kubectl cannot run: ${probe.error.message}`;
  if (probe.status !== 0)
    return `kubectl does not reach the cluster: ${(probe.stderr || probe.stdout).trim().split('\n')[0]}`;
  return null;
}

const reason = clusterReason();
if (reason) process.stderr.write(`deploy-e2e skipped: ${reason}\n`);

describe('faaslab deploy on a real cluster', () => {
  it.skipIf(reason !== null)(
    `deploys hello, calls it through NodePort and Ingress, cleans up${reason ? ` — SKIPPED: ${reason}` : ''}`,
    () => {
      const namespace = `faaslab-e2e-${process.pid}`;
      try {
        const run = spawnSync(
          process.execPath,
          [
            'bin/faaslab.mjs',
            'deploy',
            'hello',
            '--namespace',
            namespace,
            '--node-port',
            '30081',
            '--lang',
            'en',
          ],
          {
            encoding: 'utf8',
            timeout: 200_000,
          },
        );
        expect(run.stderr).toContain("answered 200: Hello! You said: it's john here");
        expect(run.status, run.stderr).toBe(0);
        expect(run.stdout).toContain(`delete namespace ${namespace}`);
      } finally {
        spawnSync('kubectl', ['delete', 'namespace', namespace, '--wait=false'], {
          encoding: 'utf8',
          timeout: 30_000,
        });
      }
    },
    240_000,
  );
});
