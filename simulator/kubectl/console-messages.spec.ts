import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { CONSOLE_MESSAGES } from './console-messages.ts';
import { readOpenApiFrom, runKubectl } from './index.ts';

const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
spec:
  selector:
    matchLabels: { app: agent }
  template:
    metadata:
      labels: { app: agent }
    spec:
      containers:
        - name: agent
          image: busybox
`;

describe("the console's own messages", () => {
  it('speaks the page language: help, a kubectl command it does not run, no schemas, fixed node labels', () => {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    const es = (line: string, files = {}) => runKubectl(sim, line, files, 'es');
    const en = (line: string, files = {}) => runKubectl(sim, line, files, 'en');
    expect(es('').stdout).toMatch(/^kubectl controla el clúster k3s \(simulado\)/);
    expect(es('').stdout).toContain(' get ');
    expect(en('').stdout).toMatch(/^kubectl controls this page’s \(simulated\) k3s cluster/);
    expect(es('port-forward svc/web 8080:80')).toMatchObject({
      exitCode: 1,
      stderr: expect.stringMatching(/^error: esta consola no ejecuta «kubectl port-forward»/),
    });
    expect(en('patch deploy web -p {}').stderr).toMatch(/^error: this console does not run “kubectl patch”/);
    expect(es('explain pod').stderr).toMatch(/^error: esta consola no tiene los esquemas OpenAPI/);
    expect(es('label node k3s-server tier=x').stderr).toBe(
      'error: el simulador mantiene fijas las etiquetas de los nodos\n',
    );
    // -o json after create is refused before anything is created (kubectl prints Go's field order).
    expect(es('create deployment shop --image=nginx -o json').stderr).toMatch(
      /^error: tras create esta consola imprime -o yaml y -o name, no -o json/,
    );
    expect(en('get deploy shop').stderr).toBe(
      'Error from server (NotFound): deployments.apps "shop" not found\n',
    );
    // The simulator's own refusal follows the command's language, whatever view the console was given.
    expect(es('apply -f ds.yaml', { 'ds.yaml': DAEMONSET }).stderr).toBe(
      'Error from server (MethodNotAllowed): error when creating "ds.yaml": el simulador no acepta escrituras en daemonsets\n',
    );
    readOpenApiFrom(sim, () => null);
    expect(en('apply -f ds.yaml', { 'ds.yaml': DAEMONSET }).stderr).toBe(
      'Error from server (MethodNotAllowed): error when creating "ds.yaml": the simulator does not accept writes to daemonsets\n',
    );
    expect(es('apply -f ds.yaml', { 'ds.yaml': DAEMONSET }).stderr).toContain('el simulador no acepta');
    // A word kubectl does not know gets cobra's English error in both languages, as a terminal prints it.
    expect(es('frobnicate').stderr).toBe('Error: unknown command "frobnicate" for "kubectl"\n');
  });

  it('has every message in Spanish and English with the same placeholders', () => {
    for (const message of Object.values(CONSOLE_MESSAGES)) {
      expect(message.es).not.toBe(message.en);
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(message.es)).toEqual(names(message.en));
    }
  });
});
