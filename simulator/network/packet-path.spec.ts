import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, requestFromUrl, type Hop, type Simulation, type Trace } from '../index.ts';

const yaml = readFileSync(
  new URL('../../test/fixtures/simulator/routing-scenarios.yaml', import.meta.url),
  'utf8',
);
function cluster(packets: boolean): Simulation {
  const sim = createSimulation({ seed: 8, packets });
  expect(sim.apply(yaml, 'routing-scenarios.yaml').diagnostics).toEqual([]);
  sim.settle();
  return sim;
}
const sim = cluster(true);
const get = (url: string, options: Parameters<typeof requestFromUrl>[1] = {}): Trace =>
  sim.routeRequest(requestFromUrl(url, options));
const hop = (t: Trace, kind: Hop['kind'], nth = 0): Hop => t.hops.filter((h) => h.kind === kind)[nth]!;
const ip = (address: string): string => address.slice(0, address.lastIndexOf(':'));

describe('the packet at every hop', () => {
  it('external client → NodePort (Cluster): kube-proxy DNATs to the endpoint and masquerades to the entry node IP; the reply is translated back', () => {
    const t = get('http://192.168.1.10:30100/', { source: { kind: 'external', ip: '198.51.100.20' } });
    const sent = hop(t, 'client').packet!;
    expect(ip(sent.src)).toBe('198.51.100.20');
    expect(sent.dst).toBe('192.168.1.10:30100');
    const port = Number(sent.src.split(':')[1]);
    expect(port).toBeGreaterThanOrEqual(32768);
    expect(port).toBeLessThanOrEqual(60999);
    const proxy = hop(t, 'kube-proxy').packet!;
    expect(proxy.rewrite).toBe('dnat+masquerade');
    expect(proxy.src).toBe(`192.168.1.10:${port}`);
    expect(proxy.dst).toBe(hop(t, 'endpoint').name);
    const reply = hop(t, 'backend').packet!;
    expect(reply).toMatchObject({ rewrite: 'conntrack-reverse', src: '192.168.1.10:30100', dst: sent.src });
  });

  it('cross-node Pod traffic is wrapped in flannel VXLAN (outer node IPs, UDP 8472, VNI 1) with the Pod IPs inside', () => {
    // echo runs only on k3s-agent-1 (192.168.1.11); entering on the server crosses nodes.
    const t = get('http://192.168.1.10:30100/');
    const endpoint = hop(t, 'endpoint').packet!;
    expect(endpoint.vxlan).toEqual({
      outerSrc: '192.168.1.10',
      outerDst: '192.168.1.11',
      udpPort: 8472,
      vni: 1,
    });
    expect(endpoint.dst.startsWith('10.42.')).toBe(true);
    // Entering on the Pod's own node: no tunnel.
    expect(hop(get('http://192.168.1.11:30100/'), 'endpoint').packet!.vxlan).toBeNull();
  });

  it('LoadBalancer with externalTrafficPolicy Local: DNAT only, the client IP is kept', () => {
    const t = get('http://192.168.1.11:8080/', { source: { kind: 'external', ip: '198.51.100.7' } });
    const proxy = hop(t, 'kube-proxy').packet!;
    expect(proxy.rewrite).toBe('dnat');
    expect(ip(proxy.src)).toBe('198.51.100.7');
  });

  it('Pod → Service: DNS over UDP to 10.43.0.10:53, then DNAT of the ClusterIP with the Pod source kept', () => {
    const t = get('http://echo-sticky/', { source: { kind: 'pod', ns: 'default', name: 'client' } });
    const clientIP = sim.snapshot().pods.find((p) => p.name === 'client')!.ip!;
    expect(hop(t, 'dns').packet).toMatchObject({ protocol: 'UDP', dst: '10.43.0.10:53' });
    const clusterIP = sim.snapshot().services.find((s) => s.name === 'echo-sticky')!.clusterIP;
    expect(hop(t, 'client').packet!.dst).toBe(`${clusterIP}:80`);
    const proxy = hop(t, 'kube-proxy').packet!;
    expect(proxy).toMatchObject({ rewrite: 'dnat' });
    expect(ip(proxy.src)).toBe(clientIP);
  });

  it('Pod → headless Service: no rewrite anywhere, the reply needs no conntrack translation', () => {
    const t = get('http://echo-headless:8080/', { source: { kind: 'pod', ns: 'default', name: 'client' } });
    expect(t.hops.every((h) => !h.packet || h.packet.rewrite === 'none')).toBe(true);
  });

  it('through Traefik: a second connection from the Traefik Pod IP to the endpoint', () => {
    const t = get('http://192.168.1.12/', { headers: { host: 'scenarios.example.com' } });
    const traefikIP = sim.snapshot().pods.find((p) => p.name.startsWith('traefik-'))!.ip!;
    const proxy = hop(t, 'ingress-controller').packet!;
    expect(proxy.rewrite).toBe('proxy');
    expect(ip(proxy.src)).toBe(traefikIP);
    expect(proxy.dst).toBe(hop(t, 'endpoint').name);
  });

  it('the packet view changes no routing decision, and is absent when off', () => {
    const off = cluster(false);
    const on = cluster(true);
    for (let i = 0; i < 50; i++) {
      const a = off.routeRequest(
        requestFromUrl(`http://192.168.1.10/${i}`, { headers: { host: 'scenarios.example.com' } }),
      );
      const b = on.routeRequest(
        requestFromUrl(`http://192.168.1.10/${i}`, { headers: { host: 'scenarios.example.com' } }),
      );
      expect(b.pod).toBe(a.pod);
      expect(a.hops.some((h) => h.packet)).toBe(false);
      expect(b.hops.every((h) => h.kind === 'dns' || h.packet)).toBe(true);
    }
  });
});
