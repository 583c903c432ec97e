import { describe, expect, it } from 'vitest';
import { getLab } from '../index.ts';
import { exportCommands, exportFileName } from './export-commands.ts';
import { resolveExportSettings } from './export-settings.ts';
import { exportableLab } from './exportable-lab.ts';

const lab = getLab('hello')!;
const hello = exportableLab(lab);
const example = lab.examples[0]!.request;

describe('exportCommands', () => {
  it('k8s: apply the file, wait for the rollout, curl NodePort and Ingress with the example, delete the namespace', () => {
    const settings = resolveExportSettings(hello, { nodePort: 31000 }, 'k8s').settings;
    const commands = exportCommands('k8s', 'hello', settings, example).map((c) => c.command);
    expect(commands[0]).toBe('kubectl apply -f hello-k8s.yaml');
    expect(commands[1]).toBe('kubectl -n faaslab rollout status deployment/hello');
    expect(commands[2]).toBe(
      "curl -H 'content-type: application/x-www-form-urlencoded' http://NODE_IP:31000/ --data-binary 'it'\\''s john here'",
    );
    expect(commands[3]).toContain('http://NODE_IP/hello ');
    expect(commands[4]).toBe('kubectl delete namespace faaslab');
  });
  it('k8s with a host: the Ingress curl sends it and uses the path /', () => {
    const settings = resolveExportSettings(hello, { ingressHost: 'fn.example.com' }, 'k8s').settings;
    expect(exportCommands('k8s', 'hello', settings)[3]?.command).toBe(
      "curl -H 'Host: fn.example.com' http://NODE_IP/",
    );
  });
  it('stack and crd go through the OpenFaaS gateway of the course, after faas-cli login', () => {
    const stack = exportCommands(
      'stack',
      'hello',
      resolveExportSettings(hello, {}, 'stack').settings,
      example,
    ).map((c) => c.command);
    expect(stack).toContain('faas-cli up -f stack.yml');
    expect(stack.some((c) => c.includes('faas-cli login --username admin --password-stdin'))).toBe(true);
    expect(
      stack.some((c) => c.startsWith('curl') && c.includes('http://127.0.0.1:31112/function/hello')),
    ).toBe(true);
    const crd = exportCommands('crd', 'hello', resolveExportSettings(hello, {}, 'crd').settings).map(
      (c) => c.command,
    );
    expect(crd).toContain('kubectl apply -f hello-function.yaml');
    expect(crd).toContain('kubectl -n openfaas-fn rollout status deployment/hello');
  });
  it('explains every command in Spanish and English', () => {
    for (const format of ['k8s', 'stack', 'crd'] as const) {
      for (const c of exportCommands(format, 'hello', resolveExportSettings(hello, {}, format).settings)) {
        expect(c.what.es.length).toBeGreaterThan(5);
        expect(c.what.en.length).toBeGreaterThan(5);
        expect(c.what.es).not.toBe(c.what.en);
      }
    }
  });
  it('names the files', () => {
    expect([
      exportFileName('stack', 'hello'),
      exportFileName('crd', 'hello'),
      exportFileName('k8s', 'hello'),
    ]).toEqual(['stack.yml', 'hello-function.yaml', 'hello-k8s.yaml']);
  });
});
