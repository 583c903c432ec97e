import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTING_SCENARIOS_YAML, routingScenarios } from '../../test/simulator/cluster-fixture.ts';
import { createSimulation, requestFromUrl, type Simulation, type Trace } from '../index.ts';

let sim: Simulation;
const get = (url: string, options: Parameters<typeof requestFromUrl>[1] = {}): Trace =>
  sim.routeRequest(requestFromUrl(url, options));
const body = (t: Trace): { sourceIP: string; pod: string; service: string } =>
  JSON.parse(t.response!.body) as { sourceIP: string; pod: string; service: string };

beforeAll(() => void (sim = routingScenarios()));

describe('routeRequest', () => {
  it('NodePort answers on every node and SNATs the client to the entry node IP', () => {
    for (const ip of ['192.168.1.10', '192.168.1.11', '192.168.1.12']) {
      const t = get(`http://${ip}:30100/`);
      expect(t).toMatchObject({
        status: 200,
        service: 'default/echo-sticky',
        servicePort: 80,
        node: 'k3s-agent-1',
      });
      expect(t.hops.map((h) => h.kind)).toEqual([
        'client',
        'node-port',
        'kube-proxy',
        'service',
        'endpoint',
        'pod',
        'backend',
      ]);
      expect(body(t).sourceIP).toBe(ip);
    }
  });

  it('resolves a named targetPort to the container port', () => {
    expect(get('http://192.168.1.10:30100/').hops.find((h) => h.kind === 'pod')!.name).toMatch(/:8080$/);
  });

  it('ServiceLB: a LoadBalancer on a free port gets node IPs; externalTrafficPolicy Local drops where no endpoint runs and keeps the client IP', () => {
    const snap = sim.snapshot();
    // Local: only the node running echo pods is in the status.
    expect(snap.services.find((s) => s.name === 'echo-local')!.loadBalancerIPs).toEqual(['192.168.1.11']);
    const ok = get('http://192.168.1.11:8080/', { source: { kind: 'external', ip: '198.51.100.7' } });
    expect(ok).toMatchObject({ status: 200, service: 'default/echo-local' });
    expect(ok.hops[1]!.kind).toBe('load-balancer');
    expect(body(ok).sourceIP).toBe('198.51.100.7');
    const refused = get('http://192.168.1.10:8080/');
    expect(refused.status).toBe(0);
  });

  it('ServiceLB: a LoadBalancer on port 80 stays pending, because Traefik already binds 80 on every node', () => {
    const snap = sim.snapshot();
    expect(snap.services.find((s) => s.name === 'web-lb80')!.loadBalancerIPs).toEqual([]);
    expect(
      snap.pods.filter((p) => p.name.startsWith('svclb-web-lb80')).every((p) => p.status === 'Pending'),
    ).toBe(true);
    expect(sim.kubectl('get svc web-lb80').stdout).toMatch(/LoadBalancer\s+\S+\s+<pending>/);
  });

  it('sessionAffinity ClientIP keeps a client on one pod while several clients spread', () => {
    const pods = (client: string) =>
      new Set(
        Array.from(
          { length: 20 },
          (_, i) => get(`http://192.168.1.10:30100/${i}`, { source: { kind: 'external', ip: client } }).pod,
        ),
      );
    expect(pods('198.51.100.1').size).toBe(1);
    const all = new Set(
      [
        '198.51.100.1',
        '198.51.100.2',
        '198.51.100.3',
        '198.51.100.4',
        '198.51.100.5',
        '198.51.100.6',
      ].flatMap((c) => [...pods(c)]),
    );
    expect(all.size).toBe(2);
  });

  it('from a pod: Service DNS names resolve to the ClusterIP, headless names to pod IPs', () => {
    const source = { kind: 'pod' as const, ns: 'default', name: 'client' };
    for (const host of ['echo-sticky', 'echo-sticky.default', 'echo-sticky.default.svc.cluster.local']) {
      const t = get(`http://${host}/`, { source });
      expect(t.status).toBe(200);
      expect(t.hops.map((h) => h.kind).slice(0, 3)).toEqual(['client', 'dns', 'kube-proxy']);
    }
    const headless = get('http://echo-headless:8080/', { source });
    expect(headless.status).toBe(200);
    expect(headless.hops[1]!.detail.en).toContain('Headless');
    expect(headless.hops.some((h) => h.kind === 'kube-proxy')).toBe(false);
  });

  it('a ClusterIP is unreachable from outside the cluster', () => {
    const ip = sim.snapshot().services.find((s) => s.name === 'echo-sticky')!.clusterIP;
    const t = get(`http://${ip}/`);
    expect(t.status).toBe(0);
    expect(t.error?.en).toContain('cluster-internal');
  });

  it('a targetPort nothing listens on is refused (NodePort) or a 502 (through Traefik)', () => {
    expect(get('http://192.168.1.10:30200/').status).toBe(0);
    expect(get('http://192.168.1.10/deaf', { headers: { host: 'scenarios.example.com' } }).status).toBe(502);
  });

  it('a Service without ready endpoints gives 503 through the Ingress in both modes', () => {
    for (const mode of ['traefik', 'conformant'] as const) {
      sim.setIngressMode(mode);
      const t = get('http://192.168.1.12/empty', { headers: { host: 'scenarios.example.com' } });
      expect(t).toMatchObject({ status: 503, service: 'default/empty', pod: null });
    }
    sim.setIngressMode('traefik');
  });

  it('an Ingress of another class is ignored: Traefik answers 404 page not found', () => {
    const t = get('http://192.168.1.12/', { headers: { host: 'nginx-only.example.com' } });
    expect(t.status).toBe(404);
    expect(t.response?.body).toBe('404 page not found\n');
    expect(sim.snapshot().ingresses.find((i) => i.name === 'other-class')!.addresses).toEqual([]);
  });

  it('nothing listening on a node port is a refused connection with the reason', () => {
    const t = get('http://192.168.1.10:31234/');
    expect(t.status).toBe(0);
    expect(t.error?.es).toContain('Conexión rechazada');
  });

  it('routeRequestAsync awaits a lab backend for the pods it handles', async () => {
    const remove = sim.addBackend({
      handles: (pod) => pod.labels.app === 'echo',
      handle: async (req) => ({ status: 201, headers: {}, body: `handled ${req.path} on ${req.pod.name}` }),
    });
    const t = await sim.routeRequestAsync(requestFromUrl('http://192.168.1.10:30100/hello'));
    expect(t.status).toBe(201);
    expect(t.response?.body).toMatch(/^handled \/hello on echo-/);
    expect(sim.routeRequest(requestFromUrl('http://192.168.1.10:30100/hello')).error?.en).toContain(
      'routeRequestAsync',
    );
    remove();
    expect(sim.routeRequest(requestFromUrl('http://192.168.1.10:30100/hello')).status).toBe(200);
  });
});

describe('defaultBackend with rules', () => {
  it('the spec uses it when no rule matches; Traefik ignores it on an Ingress that has rules', () => {
    const local = createSimulation({ seed: 3 });
    local.apply(
      `${ROUTING_SCENARIOS_YAML}\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: fallback}\nspec:\n  defaultBackend: {service: {name: echo-sticky, port: {number: 80}}}\n  rules:\n  - host: only.example.com\n    http:\n      paths: [{path: /, pathType: Prefix, backend: {service: {name: deaf, port: {number: 80}}}}]\n`,
      'fallback.yaml',
    );
    local.settle();
    const request = requestFromUrl('http://192.168.1.10/x', { headers: { host: 'unknown.example.com' } });
    expect(local.routeRequest(request).status).toBe(404);
    local.setIngressMode('conformant');
    expect(local.routeRequest(request)).toMatchObject({ status: 200, service: 'default/echo-sticky' });
  });
});

describe('trace warnings', () => {
  it('warns when a host name is assumed to point at a node, and when HTTPS has no tls entry', () => {
    const t = get('https://scenarios.example.com/');
    expect(t.status).toBe(200);
    expect(t.warnings.map((w) => w.en)).toEqual([
      "Assuming scenarios.example.com's DNS record points at node k3s-server (192.168.1.10).",
      'Ingress default/scenarios has no tls entry for scenarios.example.com: Traefik answers with its default self-signed certificate.',
    ]);
  });
});

describe('hops per entry', () => {
  it('names the NodePort hop and the ServiceLB hop of the same Service on the same node differently', () => {
    const nodePort = sim.snapshot().services.find((s) => s.name === 'traefik')!.ports[0]!.nodePort!;
    const viaLb = get('http://192.168.1.10/', { headers: { host: 'scenarios.example.com' } });
    const viaNp = get(`http://192.168.1.10:${nodePort}/`, { headers: { host: 'scenarios.example.com' } });
    expect(viaLb.hops[1]!.kind).toBe('load-balancer');
    expect(viaNp.hops[1]!.kind).toBe('node-port');
    expect(viaNp.hops[1]!.name).toBe(`k3s-server:${nodePort}`);
  });
});
