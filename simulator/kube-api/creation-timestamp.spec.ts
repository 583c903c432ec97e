import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { runKubectl } from '../kubectl/index.ts';

/** The AGE column of one row of `kubectl get`. */
const age = (table: string, name: string): string | undefined =>
  table
    .split('\n')
    .find((line) => line.startsWith(`${name} `))
    ?.trim()
    .split(/\s+/)
    .pop();

/** Each row's AGE: `[command, name, age]`. */
function expectAges(
  k: (line: string) => { stdout: string },
  rows: Array<[command: string, name: string, age: string]>,
): void {
  expect(rows.map(([command, name]) => age(k(command).stdout, name))).toEqual(rows.map((r) => r[2]));
}

/** A settled cluster a minute old, and its console. */
function minuteOldCluster() {
  const sim = createSimulation({ seed: 1 });
  sim.settle();
  sim.advance(60_000);
  return { sim, k: (line: string) => runKubectl(sim, line) };
}

describe('creationTimestamp of stored objects', () => {
  it('dates ConfigMaps, Secrets and namespaces at their creation, keeps it on update, renews it on re-create', () => {
    const { sim, k } = minuteOldCluster();
    expect(k('create configmap settings --from-literal=mode=dev').exitCode).toBe(0);
    expect(k('create namespace team').exitCode).toBe(0);
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\nstringData:\n  t: x\n';
    expect(runKubectl(sim, 'apply -f s.yaml', { 's.yaml': secret }).exitCode).toBe(0);
    sim.advance(30_000);
    expectAges(k, [
      ['get cm', 'settings', '30s'],
      ['get cm', 'kube-root-ca.crt', '92s'],
      ['get secrets', 'token', '30s'],
      ['get ns', 'team', '30s'],
      ['get ns', 'default', '92s'],
      ['get cm -n team', 'kube-root-ca.crt', '30s'],
    ]);
    const created = k('get cm settings -o jsonpath={.metadata.creationTimestamp}').stdout;
    const update = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: prod\n';
    expect(runKubectl(sim, 'apply -f cm.yaml', { 'cm.yaml': update }).exitCode).toBe(0);
    expect(k('get cm settings -o jsonpath={.metadata.creationTimestamp}').stdout).toBe(created);
    expect(k('delete cm settings').exitCode).toBe(0);
    sim.advance(10_000);
    expect(k('create configmap settings --from-literal=mode=dev').exitCode).toBe(0);
    sim.advance(5_000);
    expect(age(k('get cm').stdout, 'settings')).toBe('5s');
  });

  it('deletes the ConfigMaps and Secrets of a deleted namespace, as the namespace controller does', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    const k = (line: string) => runKubectl(sim, line);
    for (const line of [
      'create namespace team',
      'create configmap x -n team --from-literal=a=b',
      'create secret generic s -n team --from-literal=a=b',
      'delete namespace team',
    ])
      expect(k(line).exitCode).toBe(0);
    sim.advance(60_000);
    expect(k('get cm,secrets -A').stdout).not.toMatch(/^team\s/m);
    expect(k('create namespace team').exitCode).toBe(0);
    expect(k('get cm -n team -o name').stdout).toBe('configmap/kube-root-ca.crt\n');
  });

  it('dates what a later namespace, IngressClass or node change brings at that moment, not at the cluster’s start', () => {
    const { sim, k } = minuteOldCluster();
    expect(k('create namespace team').exitCode).toBe(0);
    const ic =
      'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata:\n  name: other\nspec:\n  controller: example.com/ingress\n';
    expect(runKubectl(sim, 'apply -f ic.yaml', { 'ic.yaml': ic }).exitCode).toBe(0);
    sim.advance(30_000);
    // The serviceaccount controller makes `default` as the namespace appears.
    expectAges(k, [
      ['get sa -n team', 'default', '30s'],
      ['get sa -n kube-system', 'default', '92s'],
      ['get ingressclass', 'other', '30s'],
      ['get ingressclass', 'traefik', '92s'],
    ]);
    // An update keeps the IngressClass' creationTimestamp.
    expect(
      runKubectl(sim, 'apply -f ic.yaml', { 'ic.yaml': ic.replace('example.com', 'example.org') }).exitCode,
    ).toBe(0);
    expect(age(k('get ingressclass').stdout, 'other')).toBe('30s');
    // The node's Ready condition changed when the node controller marked it Unknown, not at time 0.
    sim.failNode('k3s-agent-1');
    const failedAt = sim.now();
    sim.advance(120_000);
    const node = JSON.parse(k('get node k3s-agent-1 -o json').stdout) as {
      status: { conditions: Array<{ type: string; status: string; lastTransitionTime: string }> };
    };
    const ready = node.status.conditions.find((c) => c.type === 'Ready')!;
    const created = JSON.parse(k('get node k3s-agent-1 -o json').stdout).metadata.creationTimestamp as string;
    expect(ready.status).toBe('Unknown');
    // Every kubelet condition turns Unknown with Ready, at the same moment.
    expect(node.status.conditions.map((c) => `${c.type}=${c.status}@${c.lastTransitionTime}`)).toEqual(
      ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map(
        (t) => `${t}=Unknown@${ready.lastTransitionTime}`,
      ),
    );
    expect(Date.parse(ready.lastTransitionTime) - Date.parse(created)).toBe(failedAt + 50_000);
  });
});
