import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  deserializeSimulation,
  migrateManifests,
  nodesWithArch,
  requestFromUrl,
} from './index.ts';
import { INGRESS_JOURNEY } from '../test/simulator/cluster-fixture.ts';

const shared = (name: string): string =>
  readFileSync(new URL(`../test/fixtures/course/${name}`, import.meta.url), 'utf8');
const local = (name: string): string =>
  readFileSync(new URL(`../test/fixtures/simulator/${name}`, import.meta.url), 'utf8');

describe('createSimulation', () => {
  it('boots k3s add-ons: Traefik behind ServiceLB on every node, CoreDNS at 10.43.0.10', () => {
    const snap = createSimulation({ seed: 7 }).snapshot();
    expect(snap.nodes.map((n) => [n.name, n.role, n.internalIP, n.ready])).toEqual([
      ['k3s-server', 'server', '192.168.1.10', true],
      ['k3s-agent-1', 'agent', '192.168.1.11', true],
      ['k3s-agent-2', 'agent', '192.168.1.12', true],
    ]);
    const traefik = snap.services.find((s) => s.name === 'traefik')!;
    expect(traefik.type).toBe('LoadBalancer');
    expect(traefik.loadBalancerIPs).toEqual(['192.168.1.10', '192.168.1.11', '192.168.1.12']);
    expect(snap.services.find((s) => s.name === 'kube-dns')!.clusterIP).toBe('10.43.0.10');
    expect(snap.pods.every((p) => p.status === 'Running')).toBe(true);
  });

  it('serves the course flaskapp.yaml through Traefik after migrating its Ingress', () => {
    // Its images are armv7 builds: the course's cluster is Raspberry Pis (kubernetes.io/arch: arm).
    const sim = createSimulation({ seed: 1, nodes: nodesWithArch(3, 'arm') });
    // Refused first (nothing applied, as kubectl apply fails the file's Ingress), then migrated by the student.
    const refused = sim.apply(shared('flaskapp.yaml'), 'flaskapp.yaml');
    expect(refused.diagnostics.map((d) => d.code)).toEqual(['removed-api-version']);
    expect(refused.applied).toEqual([]);
    const result = sim.apply(
      migrateManifests(shared('flaskapp.yaml'), 'flaskapp.yaml').text,
      'flaskapp.yaml',
    );
    expect(result.diagnostics).toEqual([]);
    sim.settle();
    const trace = sim.routeRequest(requestFromUrl('http://192.168.1.11/'));
    expect(trace).toMatchObject({
      status: 200,
      service: 'default/flaskapp',
      servicePort: 80,
      pod: 'default/flaskapp',
    });
    expect(trace.hops.map((h) => h.kind)).toEqual(INGRESS_JOURNEY);
    expect(trace.hops.find((h) => h.kind === 'pod')!.name).toBe('default/flaskapp:5000');
  });

  it('is all or nothing: a failing apply changes nothing', () => {
    const sim = createSimulation({ seed: 2 });
    sim.apply(local('web-app.yaml'), 'web.yaml');
    const before = sim.exportYaml();
    const bad = `${local('web-app.yaml')}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: other}\nspec:\n  type: NodePort\n  ports: [{port: 80, nodePort: 30080}]\n`;
    const result = sim.apply(bad.replace('replicas: 3', 'replicas: 5'), 'web2.yaml');
    expect(result.applied).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'node-port-allocated',
      place: { file: 'web2.yaml', path: 'spec.ports[0].nodePort' },
    });
    expect(result.diagnostics[0]!.message.en).toBe(
      'Invalid value: 30080: provided port is already allocated',
    );
    expect(sim.exportYaml()).toBe(before);
  });

  it('exports clean YAML that imports back to the same state', () => {
    const sim = createSimulation({ seed: 3 });
    sim.apply(local('web-app.yaml'), 'web.yaml');
    sim.scale('default', 'web', 2);
    const exported = sim.exportYaml();
    expect(exported).toContain('replicas: 2');
    expect(exported).not.toContain('status');
    expect(exported).not.toContain('namespace:');
    expect(
      sim
        .apply(local('web-app.yaml').replace('replicas: 3', 'replicas: 2'), 'web.yaml')
        .applied.map((a) => a.action),
    ).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const copy = createSimulation({ seed: 3 });
    expect(copy.apply(exported, 'export.yaml').diagnostics).toEqual([]);
    sim.settle();
    copy.settle();
    const shape = (s: ReturnType<typeof sim.snapshot>) =>
      s.deployments.map((d) => [d.name, d.replicas, d.readyReplicas]);
    expect(shape(copy.snapshot())).toEqual(shape(sim.snapshot()));
    expect(copy.exportYaml()).toBe(exported);
  });

  it('serializes to a URL-safe string that replays to an identical state and trace', () => {
    const sim = createSimulation({ seed: 11, ingressMode: 'conformant' });
    sim.apply(local('web-app.yaml'), 'web.yaml');
    sim.settle();
    sim.failNode('k3s-agent-1');
    sim.advance(55_000);
    sim.routeRequest(requestFromUrl('http://web.example.com/'));
    const link = sim.serialize();
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
    const copy = deserializeSimulation(link);
    expect(copy.snapshot()).toEqual(sim.snapshot());
    const request = requestFromUrl('http://web.example.com/a');
    expect(copy.routeRequest(request)).toEqual(sim.routeRequest(request));
  });

  it('gives the same pods, IPs and traces for the same seed, different ones for another seed', () => {
    const run = (seed: number) => {
      const sim = createSimulation({ seed });
      sim.apply(local('web-app.yaml'), 'web.yaml');
      sim.settle();
      return {
        pods: sim.snapshot().pods.map((p) => [p.name, p.ip, p.nodeName]),
        pod: sim.routeRequest(requestFromUrl('http://192.168.1.10:30080/')).pod,
      };
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5).pods).not.toEqual(run(6).pods);
  });
});

describe('extensions and subscriptions', () => {
  it('expands a custom kind into built-in objects, removed with nothing else lost', () => {
    const sim = createSimulation({
      seed: 1,
      extensions: [
        {
          apiVersion: 'openfaas.com/v1',
          kind: 'Function',
          namespaced: true,
          validate: (o) =>
            typeof (o.spec as { image?: unknown } | undefined)?.image === 'string'
              ? []
              : [
                  {
                    code: 'required-field',
                    severity: 'error',
                    path: 'spec.image',
                    message: { es: 'Falta spec.image', en: 'spec.image is required' },
                  },
                ],
          expand: (o) => [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              metadata: { name: o.metadata.name },
              spec: {
                replicas: 1,
                selector: { matchLabels: { faas_function: o.metadata.name } },
                template: {
                  metadata: { labels: { faas_function: o.metadata.name } },
                  spec: {
                    containers: [
                      {
                        name: o.metadata.name,
                        image: (o.spec as { image: string }).image,
                        ports: [{ containerPort: 8080 }],
                      },
                    ],
                  },
                },
              },
            },
            {
              apiVersion: 'v1',
              kind: 'Service',
              metadata: { name: o.metadata.name },
              spec: { selector: { faas_function: o.metadata.name }, ports: [{ port: 8080 }] },
            },
          ],
        },
      ],
    });
    const bad = sim.apply(
      'apiVersion: openfaas.com/v1\nkind: Function\nmetadata: {name: hello}\nspec: {}\n',
      'fn.yaml',
    );
    expect(bad.diagnostics).toMatchObject([
      { code: 'required-field', place: { file: 'fn.yaml', line: 4, path: 'spec.image' } },
    ]);
    const ok = sim.apply(
      'apiVersion: openfaas.com/v1\nkind: Function\nmetadata: {name: hello}\nspec: {image: ghcr.io/x/hello:1}\n',
      'fn.yaml',
    );
    expect(ok.diagnostics).toEqual([]);
    expect(ok.applied.map((a) => a.kind)).toEqual(['Function', 'Deployment', 'Service']);
    expect(sim.addImage('ghcr.io/x/hello:1').ok).toBe(true); // the student pushed it
    sim.settle();
    expect(sim.snapshot().deployments.find((d) => d.name === 'hello')?.readyReplicas).toBe(1);
    expect(sim.exportYaml()).toContain('kind: Function');
    expect(sim.exportYaml()).not.toContain('kind: Deployment');
    expect(sim.delete('Function', 'default', 'hello').ok).toBe(true);
    expect(sim.snapshot().deployments.find((d) => d.name === 'hello')).toBeUndefined();
    expect(sim.snapshot().services.find((s) => s.name === 'hello')).toBeUndefined();
  });

  it('notifies subscribers with a snapshot after each change until unsubscribed', () => {
    const sim = createSimulation({ seed: 1 });
    const times: number[] = [];
    const unsubscribe = sim.subscribe((s) => times.push(s.timeMs));
    sim.apply(local('web-app.yaml'), 'web.yaml');
    sim.advance(1000);
    unsubscribe();
    sim.advance(1000);
    expect(times).toHaveLength(2);
    expect(times[1]! - times[0]!).toBe(1000);
  });
});

describe('Traefik strictPrefixMatching', () => {
  it('matches Prefix per path element and survives serialization', () => {
    const yaml = `${local('web-app.yaml')}\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: v1}\nspec:\n  rules:\n  - host: api.example.com\n    http:\n      paths: [{path: /v1, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]\n`;
    const request = requestFromUrl('http://192.168.1.10/v11', { headers: { host: 'api.example.com' } });
    const loose = createSimulation({ seed: 1 });
    loose.apply(yaml, 'v1.yaml');
    loose.settle();
    expect(loose.routeRequest(request).status).toBe(200);
    const strict = createSimulation({ seed: 1, traefik: { strictPrefixMatching: true } });
    strict.apply(yaml, 'v1.yaml');
    strict.settle();
    expect(strict.routeRequest(request).status).toBe(404);
    expect(deserializeSimulation(strict.serialize()).routeRequest(request).status).toBe(404);
  });
});
