/**
 * The kubeconfig `faaslab sim serve` writes for the student: one cluster, one context, no credentials
 * (the server listens on 127.0.0.1 only, over plain HTTP).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The kubeconfig text for a server URL. */
export function kubeconfigText(serverUrl: string): string {
  return `apiVersion: v1
kind: Config
clusters:
- name: faaslab-sim
  cluster:
    server: ${serverUrl}
contexts:
- name: faaslab-sim
  context:
    cluster: faaslab-sim
    user: faaslab-student
    namespace: default
current-context: faaslab-sim
users:
- name: faaslab-student
  user: {}
`;
}

/** Writes the kubeconfig into a fresh private temp folder (mode 600, as k3s writes its own) and returns its path. */
export function writeKubeconfig(serverUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'faaslab-sim-'));
  const path = join(dir, 'kubeconfig.yaml');
  writeFileSync(path, kubeconfigText(serverUrl), { mode: 0o600 });
  return path;
}
