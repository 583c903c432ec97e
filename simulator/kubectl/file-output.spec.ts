import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { createSimulation } from '../index.ts';
import { runKubectl } from './index.ts';

const files = {
  'web.yaml': readFileSync(new URL('../../test/fixtures/simulator/web-app.yaml', import.meta.url), 'utf8'),
  'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: printed\ndata:\n  greeting: hola\n',
};

describe('create -f and apply -f with -o', () => {
  it('print the objects the server answered: kind/name, or each as YAML after a --- line but the first', () => {
    const sim = createSimulation({ seed: 1 });
    expect(runKubectl(sim, 'create -f web.yaml -o name', files).stdout).toBe(
      'deployment.apps/web\nservice/web\ningress.networking.k8s.io/web\n',
    );
    const yaml = runKubectl(sim, 'create -f cm.yaml -o yaml', files).stdout;
    expect(yaml).toMatch(/^apiVersion: v1\ndata:\n {2}greeting: hola\nkind: ConfigMap\nmetadata:\n/);
    expect(yaml).toMatch(/^ {2}uid: /m);
    runKubectl(sim, 'delete -f cm.yaml', files);
    const json = JSON.parse(runKubectl(sim, 'create -f cm.yaml -o json', files).stdout) as {
      kind: string;
      metadata: { name: string; creationTimestamp: string };
    };
    expect(json.kind).toBe('ConfigMap');
    expect(json.metadata.creationTimestamp).toMatch(/^\d{4}-/);
    const applied = runKubectl(sim, 'apply -f web.yaml -o yaml', files).stdout;
    expect(applied.split('\n').filter((l) => l === '---')).toHaveLength(2);
    expect(parseAllDocuments(applied).map((d) => (d.toJS() as { kind: string }).kind)).toEqual([
      'Deployment',
      'Service',
      'Ingress',
    ]);
    expect(runKubectl(sim, 'apply -f cm.yaml -o jsonpath={.data.greeting}', files).stdout).toBe('hola');
  });

  it('refuses a format before writing anything: kubectl’s error, or the console’s note in the page language', () => {
    const sim = createSimulation({ seed: 1 });
    expect(runKubectl(sim, 'create -f cm.yaml -o wide', files).stderr).toMatch(
      /^error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,/,
    );
    expect(runKubectl(sim, 'apply -f cm.yaml -o go-template={{.kind}}', files, 'es')).toEqual({
      stdout: '',
      stderr:
        'error: tras create -f y apply -f esta consola imprime -o yaml, json, name y jsonpath=…, no -o go-template={{.kind}}; kubectl en tu terminal sí lo hace\n',
      exitCode: 1,
    });
    expect(runKubectl(sim, 'get cm printed').exitCode).toBe(1);
  });

  it('apply warns, as kubectl does, when the live object was not made by apply', () => {
    const sim = createSimulation({ seed: 1 });
    runKubectl(sim, 'create -f cm.yaml', files);
    expect(runKubectl(sim, 'apply -f cm.yaml', files)).toEqual({
      stdout: 'configmap/printed configured\n',
      stderr:
        'Warning: resource configmaps/printed is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
      exitCode: 0,
    });
    expect(runKubectl(sim, 'apply -f cm.yaml', files).stderr).toBe('');
  });
});
