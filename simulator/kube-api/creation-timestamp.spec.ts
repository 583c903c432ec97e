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

describe('creationTimestamp of stored objects', () => {
  it('dates ConfigMaps, Secrets and namespaces at their creation, keeps it on update, renews it on re-create', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    sim.advance(60_000);
    const k = (line: string) => runKubectl(sim, line);
    expect(k('create configmap settings --from-literal=mode=dev').exitCode).toBe(0);
    expect(k('create namespace team').exitCode).toBe(0);
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\nstringData:\n  t: x\n';
    expect(runKubectl(sim, 'apply -f s.yaml', { 's.yaml': secret }).exitCode).toBe(0);
    sim.advance(30_000);
    expect(age(k('get cm').stdout, 'settings')).toBe('30s');
    expect(age(k('get cm').stdout, 'kube-root-ca.crt')).toBe('92s');
    expect(age(k('get secrets').stdout, 'token')).toBe('30s');
    expect(age(k('get ns').stdout, 'team')).toBe('30s');
    expect(age(k('get ns').stdout, 'default')).toBe('92s');
    expect(age(k('get cm -n team').stdout, 'kube-root-ca.crt')).toBe('30s');
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
});
