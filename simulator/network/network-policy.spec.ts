import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, requestFromUrl, type Simulation, type Trace } from '../index.ts';

const yaml = readFileSync(
  new URL('../../test/fixtures/simulator/network-policy.yaml', import.meta.url),
  'utf8',
);
const policy = (name: string, spec: string): string =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: ${name}}\nspec:\n${spec}`;
const DENY_INGRESS = policy('default-deny', '  podSelector: {}\n  policyTypes: [Ingress]\n');
const ALLOW_CLIENT = policy(
  'allow-client',
  '  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - from: [{podSelector: {matchLabels: {app: client}}}]\n    ports: [{port: 80}]\n',
);

/** The fixture cluster with more objects applied (policies, a Service, an Ingress), each without a diagnostic. */
function cluster(...policies: string[]): Simulation {
  const sim = createSimulation({ seed: 4 });
  expect(sim.apply(yaml, 'network-policy.yaml').diagnostics).toEqual([]);
  for (const [i, p] of policies.entries()) {
    const r = sim.apply(p, `policy-${i}.yaml`);
    expect(r.diagnostics).toEqual([]);
    expect(r.warnings).toEqual([]);
  }
  sim.settle();
  return sim;
}
const from = (sim: Simulation, pod: string, url = 'http://web/'): Trace =>
  sim.routeRequest({
    ...requestFromUrl(url),
    source: { kind: 'pod', ns: 'default', name: pod },
    timeoutMs: 2000,
  });

describe('NetworkPolicy as k3s enforces it (kube-router)', () => {
  it('no policy: every Pod reaches web', () => {
    const sim = cluster();
    expect(from(sim, 'client').status).toBe(200);
    expect(from(sim, 'intruder').status).toBe(200);
  });

  it('default deny for ingress: kube-router rejects the packet, so the connection is refused at once (no client timeout); the trace names the policy', () => {
    const t = from(cluster(DENY_INGRESS), 'client');
    expect(t).toMatchObject({ status: 0, outcome: 'refused', timeoutMs: null });
    expect(t.error?.en).toContain('selected for Ingress by default/default-deny');
    expect(t.error?.en).toContain('kube-router) rejects the packet');
    expect(t.error?.es).toContain('rechaza el paquete');
    expect(t.hops.at(-1)?.kind).toBe('endpoint');
  });

  it('the packet view ends in the ICMP port unreachable, from the ClusterIP the client dialled (conntrack)', () => {
    const sim = createSimulation({ seed: 4, packets: true });
    sim.apply(yaml, 'network-policy.yaml');
    sim.apply(DENY_INGRESS, 'deny.yaml');
    sim.settle();
    const t = from(sim, 'client');
    const clusterIP = sim.snapshot().services.find((s) => s.name === 'web')!.clusterIP;
    const clientIP = sim.snapshot().pods.find((p) => p.name === 'client')!.ip;
    expect(t.hops.at(-1)?.packet).toMatchObject({
      protocol: 'ICMP',
      src: clusterIP,
      dst: clientIP,
      rewrite: 'conntrack-reverse',
    });
    expect(t.hops.at(-1)?.packet?.reason.en).toContain('ECONNREFUSED');
  });

  it('behind Traefik a denied dial is refused, which Traefik answers with 502 Bad Gateway (504 is for a dial that times out)', () => {
    const sim = cluster(
      DENY_INGRESS,
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec:\n  rules:\n  - http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n',
    );
    const t = sim.routeRequest(requestFromUrl('http://192.168.1.10/'));
    expect(t).toMatchObject({ status: 502, timeoutMs: null });
    expect(t.error?.en).toContain('selected for Ingress by default/default-deny');
  });

  it('marks a policy refusal on the trace itself, so a copy keeps it, and shows the ICMP answer to Traefik', () => {
    const sim = createSimulation({ seed: 4, packets: true });
    sim.apply(yaml, 'network-policy.yaml');
    sim.apply(DENY_INGRESS, 'deny.yaml');
    sim.apply(
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec:\n  rules:\n  - http:\n      paths:\n      - {path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}\n',
      'ingress.yaml',
    );
    sim.settle();
    // A worker or a saved trace holds a copy: the mark travels with it.
    const direct = structuredClone(from(sim, 'client'));
    expect(direct.rejectedBy).toBe('network-policy');
    expect(JSON.parse(JSON.stringify(direct))).toMatchObject({ rejectedBy: 'network-policy' });
    const t = sim.routeRequest(requestFromUrl('http://192.168.1.10/'));
    expect(t).toMatchObject({ status: 502, rejectedBy: 'network-policy' });
    const traefik = t.hops.find((h) => h.kind === 'ingress-controller')!;
    const traefikIP = sim.snapshot().pods.find((p) => `${p.namespace}/${p.name}` === traefik.name)!.ip;
    const endpoint = t.hops.at(-1)!;
    expect(endpoint.kind).toBe('endpoint');
    // Traefik dialled the Pod IP itself: kube-router's ICMP comes from there, to Traefik, with no NAT.
    expect(endpoint.packet).toMatchObject({
      protocol: 'ICMP',
      src: endpoint.name.slice(0, endpoint.name.lastIndexOf(':')),
      dst: traefikIP,
      rewrite: 'none',
    });
    // A refusal that is not a policy's carries no mark.
    expect(sim.routeRequest(requestFromUrl('http://192.168.1.10:9/')).rejectedBy).toBeUndefined();
  });

  it('policies add up: default deny plus an allow for the client lets only the client in, only on port 80', () => {
    const sim = cluster(DENY_INGRESS, ALLOW_CLIENT);
    expect(from(sim, 'client').status).toBe(200);
    expect(from(sim, 'intruder').outcome).toBe('refused');
    const ip = sim.snapshot().pods.find((p) => p.labels.app === 'web')!.ip!;
    expect(from(sim, 'client', `http://${ip}:8080/`).outcome).not.toBe('answered');
  });

  it('an external client through a NodePort is rejected by default deny: the Pod sees the node IP, which no rule allows', () => {
    const sim = cluster(
      DENY_INGRESS,
      'apiVersion: v1\nkind: Service\nmetadata: {name: web-np}\nspec:\n  type: NodePort\n  selector: {app: web}\n  ports: [{port: 80, nodePort: 30080}]\n',
    );
    expect(sim.routeRequest(requestFromUrl('http://192.168.1.10:30080/')).outcome).toBe('refused');
  });

  it('ipBlock and namespaceSelector: allow from a CIDR except a range, and from namespaces by label', () => {
    const sim = cluster(
      DENY_INGRESS,
      policy(
        'allow-ranges',
        '  podSelector: {matchLabels: {app: web}}\n  ingress:\n  - from:\n    - ipBlock: {cidr: 10.42.0.0/16, except: [10.42.2.0/24]}\n',
      ),
    );
    for (const name of ['client', 'intruder']) {
      const ip = sim.snapshot().pods.find((p) => p.name === name)!.ip!;
      expect(from(sim, name).outcome).toBe(ip.startsWith('10.42.2.') ? 'refused' : 'answered');
    }
    const byNs = cluster(
      DENY_INGRESS,
      policy(
        'allow-default-ns',
        '  podSelector: {}\n  ingress:\n  - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: default}}}]\n',
      ),
    );
    expect(from(byNs, 'intruder').status).toBe(200);
  });

  it('egress: a default-deny egress policy also blocks DNS, so the name does not resolve', () => {
    const sim = cluster(
      policy('deny-egress', '  podSelector: {matchLabels: {app: client}}\n  policyTypes: [Egress]\n'),
    );
    const t = from(sim, 'client');
    expect(t.outcome).toBe('unresolved');
    expect(t.error?.en).toContain('selected for Egress by default/deny-egress');
    expect(from(sim, 'intruder').status).toBe(200);
  });

  it('egress to an address outside the cluster: rejected by policy at once, or masqueraded to the node IP and timed out (no Internet here)', () => {
    const open = from(cluster(), 'client', 'http://93.184.216.34/');
    expect(open.outcome).toBe('timeout');
    expect(open.error?.en).toContain('masqueraded to node IP');
    const denied = from(
      cluster(
        policy(
          'only-cluster',
          '  podSelector: {}\n  policyTypes: [Egress]\n  egress:\n  - to: [{ipBlock: {cidr: 10.0.0.0/8}}]\n',
        ),
      ),
      'client',
      'http://93.184.216.34/',
    );
    expect(denied).toMatchObject({ outcome: 'refused', timeoutMs: null });
    expect(denied.error?.en).toContain('no rule allows it out to 93.184.216.34:80');
  });

  it('validation as the API server: a NetworkPolicy field of the wrong type is an error with its place', () => {
    const sim = createSimulation({ seed: 1 });
    const r = sim.apply(policy('bad', '  podSelector: {}\n  policyTypes: Ingress\n'), 'bad.yaml');
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics[0]!.place.line).toBe(6);
  });
});
