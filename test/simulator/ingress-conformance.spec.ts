import { describe, expect, it } from 'vitest';
import { createSimulation, type IngressMode, type Simulation } from '../../simulator/index.ts';
import { conformanceCases, conformanceManifests, type ConformanceCase } from './conformance-backends.ts';

const cases = conformanceCases();
const sims = new Map<string, Simulation>();

type Variant = IngressMode | 'traefik-strict';

function simFor(ingressPath: string, variant: Variant): Simulation {
  const key = `${ingressPath}|${variant}`;
  let sim = sims.get(key);
  if (!sim) {
    const { ingress, backends } = conformanceManifests(ingressPath);
    const mode: IngressMode = variant === 'conformant' ? 'conformant' : 'traefik';
    sim = createSimulation({
      seed: 2021,
      ingressMode: mode,
      traefik: { strictPrefixMatching: variant === 'traefik-strict' },
    });
    const result = sim.apply(`${backends}\n---\n${ingress}`, ingressPath);
    expect(result.diagnostics).toEqual([]);
    sim.settle();
    sims.set(key, sim);
  }
  return sim;
}

function send(sim: Simulation, c: ConformanceCase) {
  // Requests go to the controller's address (a node IP from the Ingress status) with the scenario's Host header.
  const address = sim.snapshot().ingresses[0]!.addresses[0]!;
  const headers: Record<string, string> = c.host ? { host: c.host } : {};
  return sim.routeRequest({
    method: c.method ?? 'GET',
    scheme: c.scheme === 'https' ? 'https' : 'http',
    host: address,
    port: c.scheme === 'https' ? 443 : 80,
    path: c.path ?? '/',
    headers,
  });
}

const routable = cases.filter((c) => c.expectStatus !== undefined && c.count === undefined);
// Where k3s's Traefik 3 differs from the spec (shared/specs/kubernetes.md §1.4 table).
const TRAEFIK_DIVERGES: Record<string, { status: number; service?: string }> = {
  'prefix-path-rules /aaaccc': { status: 200, service: 'aaa-prefix' },
  'trailing-slash-path-rules /aaa/bbb': { status: 404 },
  'mixed-path-rules /foo': { status: 200, service: 'foo-prefix' },
};
// With strictPrefixMatching only the Exact-versus-Prefix priority still differs (spec §1.4 table).
const STRICT_DIVERGES: Record<string, { status: number; service?: string }> = {
  'mixed-path-rules /foo': { status: 200, service: 'foo-prefix' },
};

describe('ingress-controller-conformance cases (kubernetes-sigs, f91a799)', () => {
  it('has the 29 routable cases, one load-balancing case and one ingress-class case', () => {
    expect(routable.length + cases.filter((c) => c.count !== undefined).length).toBe(29);
    expect(cases).toHaveLength(30);
  });

  describe.each(['conformant', 'traefik', 'traefik-strict'] as const)('%s mode', (mode) => {
    it.each(routable.map((c) => [`${c.feature}: ${c.method} ${c.host ?? '<address>'}${c.path}`, c] as const))(
      '%s',
      (_, c) => {
        const trace = send(simFor(c.ingress, mode), c);
        const table =
          mode === 'traefik' ? TRAEFIK_DIVERGES : mode === 'traefik-strict' ? STRICT_DIVERGES : {};
        const divergence = table[`${c.host} ${c.path}`];
        const status = divergence?.status ?? c.expectStatus;
        const service = divergence ? divergence.service : c.expectService;
        expect(trace.status).toBe(status);
        if (status === 200) {
          expect(trace.service).toBe(`default/${service}`);
          const body = JSON.parse(trace.response!.body) as { service: string; path: string; host: string };
          expect(body.service).toBe(service);
          expect(body.path).toBe(c.path);
        } else if (status === 404 && mode !== 'conformant') {
          expect(trace.response?.body).toBe('404 page not found\n');
        }
      },
    );

    it('load balancing: 100 requests reach all 10 replicas of the default backend', () => {
      const c = cases.find((x) => x.feature === 'load_balancing')!;
      const sim = simFor(c.ingress, mode);
      sim.scale('default', `load-balancing-${c.scaleBackend!.deployment}`, c.scaleBackend!.replicas);
      sim.settle();
      const pods = new Set<string>();
      for (let i = 0; i < c.count!; i++) {
        const trace = send(sim, c);
        expect(trace.status).toBe(200);
        pods.add(trace.pod!);
      }
      expect(pods.size).toBe(c.expectDistinctPods);
    });

    it('ingress class: an Ingress of an unknown class gets no address and no traffic', () => {
      const c = cases.find((x) => x.feature === 'ingress_class')!;
      const sim = simFor(c.ingress, mode);
      expect(sim.snapshot().ingresses[0]!.addresses).toEqual([]);
      const trace = sim.routeRequest({
        method: 'GET',
        scheme: 'http',
        host: '192.168.1.10',
        port: 80,
        path: '/',
        headers: { host: 'ingress-class' },
      });
      expect(trace.status).toBe(404);
    });
  });
});
