import { describe, expect, it } from 'vitest';
import { createSimulation, requestFromUrl } from '../../simulator/index.ts';
import { createOpenFaaS, openfaasManifestsYaml } from '../../simulator/openfaas/index.ts';
import { GATEWAY, openfaasFixture } from './openfaas-fixtures.ts';

describe('OpenFaaS after arkade install', () => {
  it('runs the chart components in openfaas with the gateway on NodePort 31112; the autoscaler only in Pro', () => {
    const ce = createOpenFaaS({ seed: 1 });
    const snap = ce.sim.snapshot();
    expect(snap.namespaces).toEqual(expect.arrayContaining(['openfaas', 'openfaas-fn']));
    const core = snap.deployments
      .filter((d) => d.namespace === 'openfaas')
      .map((d) => d.name)
      .sort();
    expect(core).toEqual(['alertmanager', 'gateway', 'nats', 'prometheus', 'queue-worker']);
    expect(snap.deployments.find((d) => d.name === 'gateway')?.containers).toEqual(['gateway', 'faas-netes']);
    const external = snap.services.find((s) => s.name === 'gateway-external');
    expect(external?.type).toBe('NodePort');
    expect(external?.ports[0]?.nodePort).toBe(31112);
    const pro = createOpenFaaS({ seed: 1, edition: 'pro' });
    expect(
      pro.sim.snapshot().deployments.some((d) => d.namespace === 'openfaas' && d.name === 'autoscaler'),
    ).toBe(true);
  });

  it('installs on every seed: Traefik never takes the gateway NodePort 31112 (seed 968899 drew it)', () => {
    // Without the reservation this seed gave Traefik's LoadBalancer 31112 and the install threw.
    const bare = createSimulation({ seed: 968899 });
    const traefikBare = bare.snapshot().services.find((s) => s.name === 'traefik');
    expect(traefikBare?.ports.map((p) => p.nodePort)).toContain(31112);
    const faas = createOpenFaaS({ seed: 968899 });
    const snap = faas.sim.snapshot();
    const traefik = snap.services.find((s) => s.name === 'traefik');
    expect(traefik?.ports.map((p) => p.nodePort)).not.toContain(31112);
    expect(snap.services.find((s) => s.name === 'gateway-external')?.ports[0]?.nodePort).toBe(31112);
  });

  it('turns a Function resource into a Deployment and a Service in openfaas-fn on the watchdog port', () => {
    const faas = createOpenFaaS({ seed: 2 });
    const result = faas.deploy(openfaasFixture('hello-function.yaml'), 'hello-function.yaml');
    expect(result.diagnostics).toEqual([]);
    const snap = faas.sim.snapshot();
    const deployment = snap.deployments.find((d) => d.namespace === 'openfaas-fn' && d.name === 'hello');
    expect(deployment?.replicas).toBe(2); // com.openfaas.scale.min
    expect(deployment?.readyReplicas).toBe(2);
    const service = snap.services.find((s) => s.namespace === 'openfaas-fn' && s.name === 'hello');
    expect(service?.ports[0]).toMatchObject({ port: 8080, targetPort: 8080 });
    expect(service?.endpoints).toHaveLength(2);
  });

  it('gives positioned bilingual diagnostics for bad scaling labels in a stack file, and deploys nothing', () => {
    const faas = createOpenFaaS({ seed: 3 });
    const result = faas.deploy(openfaasFixture('bad-labels-stack.yml'), 'stack.yml');
    expect(result.applied).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.place.line])).toEqual([
      ['openfaas-label-not-number', 5],
      ['openfaas-label-enum', 6],
      ['openfaas-label-duration', 7],
    ]);
    expect(result.diagnostics[1]?.message.es).toContain('memory');
    expect(result.diagnostics[1]?.message.en).toContain('rps, capacity, cpu');
    expect(faas.functions().size).toBe(0);
  });

  it('invokes /function/NAME through NodePort → gateway → faas-netes → a ready Pod IP (no function ClusterIP)', () => {
    const faas = createOpenFaaS({ seed: 4 });
    faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml');
    const result = faas.invoke(requestFromUrl(`${GATEWAY}/function/hello`, { method: 'POST', body: 'hi' }));
    expect(result?.status).toBe(200);
    expect(result?.coldStart).toBe(false);
    const hops = result?.trace?.hops.map((h) => `${h.kind} ${h.name.split(':')[0]}`) ?? [];
    const at = (text: string): number => hops.findIndex((h) => h.startsWith(text));
    expect(at('node-port')).toBeGreaterThanOrEqual(0);
    expect(at('service openfaas/gateway-external')).toBeGreaterThan(at('node-port'));
    expect(at('backend openfaas/gateway')).toBeGreaterThan(at('service openfaas/gateway-external'));
    expect(at('backend openfaas/faas-netes')).toBeGreaterThan(at('backend openfaas/gateway'));
    // directFunctions: false (the chart's default): faas-netes dials the Pod IP, the Service is not on the path.
    expect(at('service openfaas-fn/hello')).toBe(-1);
    const provider = at('backend openfaas/faas-netes');
    expect(hops.slice(provider).some((h) => h.startsWith('kube-proxy'))).toBe(false);
    expect(at('pod openfaas-fn/hello-')).toBeGreaterThan(provider);
    expect(result?.pod).toMatch(/^openfaas-fn\/hello-/);
    expect(result?.headers['X-Duration-Seconds']).toBeDefined();
  });

  it('answers /healthz, refuses /system/functions without basic auth (401) and lists functions with it', () => {
    const faas = createOpenFaaS({ seed: 5 });
    faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml');
    expect(faas.invoke(requestFromUrl(`${GATEWAY}/healthz`))?.status).toBe(200);
    const refused = faas.invoke(requestFromUrl(`${GATEWAY}/system/functions`));
    expect(refused?.status).toBe(401);
    expect(refused?.headers['WWW-Authenticate']).toContain('Basic');
    const wrong = faas.invoke(
      requestFromUrl(`${GATEWAY}/system/functions`, {
        headers: { Authorization: `Basic ${btoa('admin:nope')}` },
      }),
    );
    expect(wrong?.status).toBe(401);
    const { user, password } = faas.credentials;
    const listed = faas.invoke(
      requestFromUrl(`${GATEWAY}/system/functions`, {
        headers: { Authorization: `Basic ${btoa(`${user}:${password}`)}` },
      }),
    );
    expect(listed?.status).toBe(200);
    const list = JSON.parse(listed?.body ?? '[]') as Array<{
      name: string;
      replicas: number;
      labels: Record<string, string>;
    }>;
    expect(list.map((f) => f.name)).toEqual(['hello']);
    expect(list[0]?.labels['com.openfaas.scale.max']).toBe('10');
    expect(faas.invoke(requestFromUrl(`${GATEWAY}/function/nope`))?.status).toBe(404);
  });

  it('answers 429 past max_inflight and 504 past exec_timeout, as the watchdog does', () => {
    const faas = createOpenFaaS({ seed: 6, workMs: 3_000 });
    faas.deploy(openfaasFixture('hello-function.yaml'), 'hello-function.yaml'); // 2 replicas, max_inflight 3, exec_timeout 2s
    const statuses: number[] = [];
    faas.onResult((r) => statuses.push(r.status));
    for (let i = 0; i < 12; i++)
      faas.send(requestFromUrl(`${GATEWAY}/function/hello`, { method: 'POST' }), { trace: false });
    faas.advance(10_000);
    expect(statuses).toHaveLength(12);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 504).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 429 || s === 504)).toBe(true); // 3 s of work never fits in 2 s
  });
});

describe('OpenFaaS as objects', () => {
  it('positions a bad label of a Function resource at its line, in both languages', () => {
    const faas = createOpenFaaS({ seed: 13 });
    const text = openfaasFixture('hello-function.yaml').replace(
      'com.openfaas.scale.min: "2"',
      'com.openfaas.scale.min: "-1"',
    );
    const result = faas.deploy(text, 'hello-function.yaml');
    expect(result.applied).toEqual([]);
    const d = result.diagnostics.find((x) => x.code === 'openfaas-label-range');
    expect(d?.place.path).toBe('spec.labels["com.openfaas.scale.min"]');
    expect(d?.message.es).toContain('fuera del rango');
    expect(d?.place.line).toBeGreaterThan(1);
  });

  it('scales by hand through /system/scale-function (Community), and plain YAML imports into a bare simulator', () => {
    const faas = createOpenFaaS({ seed: 14 });
    faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml');
    const auth = { Authorization: `Basic ${btoa(`${faas.credentials.user}:${faas.credentials.password}`)}` };
    const scaled = faas.invoke(
      requestFromUrl(`${GATEWAY}/system/scale-function/hello`, {
        method: 'POST',
        headers: auth,
        body: '{"replicas":3}',
      }),
    );
    expect(scaled?.status).toBe(202);
    faas.advance(6_000);
    expect(faas.functions().get('hello')?.readyPods).toHaveLength(3);
    const yaml = openfaasManifestsYaml('community', [
      { name: 'hello', image: 'your-user/hello:latest', labels: {}, annotations: {}, environment: {} },
    ]);
    const bare = createSimulation({ seed: 1 });
    expect(bare.apply(yaml, 'openfaas.yaml').diagnostics).toEqual([]);
    bare.settle();
    expect(bare.routeRequest(requestFromUrl(`${GATEWAY}/function/hello`)).pod).toMatch(/^openfaas\/gateway-/);
  });
});
