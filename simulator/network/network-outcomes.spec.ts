import { beforeAll, describe, expect, it } from 'vitest';
import {
  ROUTING_SCENARIOS_YAML,
  routingScenarios,
  settledSimulation,
} from '../../test/simulator/cluster-fixture.ts';
import { requestFromUrl, type Simulation, type Trace } from '../index.ts';

// How a request ends on the wire: answered, refused (RST / ICMP unreachable) or timed out (dropped).
let sim: Simulation;
const get = (url: string, options: Parameters<typeof requestFromUrl>[1] = {}): Trace =>
  sim.routeRequest(requestFromUrl(url, options));

beforeAll(() => void (sim = routingScenarios()));

describe('network outcomes', () => {
  it('an IP that no node has times out after the client timeout: an IP needs no DNS, and Traefik never sees it', () => {
    const t = get('http://192.168.1.99/', { headers: { host: 'scenarios.example.com' } });
    expect(t).toMatchObject({ status: 0, outcome: 'timeout', timeoutMs: 10_000, pod: null });
    expect(t.hops.map((h) => h.kind)).toEqual(['client']);
    expect(t.error?.en).toContain('No machine has IP 192.168.1.99');
    expect(t.error?.en).toContain('10 s timeout');
    expect(t.warnings).toEqual([]);
  });

  it('states the client timeout the request asked for (curl -m 2)', () => {
    const t = sim.routeRequest({ ...requestFromUrl('http://192.168.1.99/'), timeoutMs: 2000 });
    expect(t).toMatchObject({ outcome: 'timeout', timeoutMs: 2000 });
    expect(t.error?.es).toContain('2 s');
  });

  it('a node port nothing listens on is refused (the kernel answers RST), without a timeout', () => {
    const t = get('http://192.168.1.10:31234/');
    expect(t).toMatchObject({ status: 0, outcome: 'refused', timeoutMs: null });
  });

  it('a ClusterIP Service without endpoints is refused: kube-proxy REJECTs "has no endpoints" (proxier.go)', () => {
    const ip = sim.snapshot().services.find((s) => s.name === 'empty')!.clusterIP;
    const t = get(`http://${ip}/`, { source: { kind: 'pod', ns: 'default', name: 'client' } });
    expect(t).toMatchObject({ outcome: 'refused', service: 'default/empty' });
  });

  it('LoadBalancer with externalTrafficPolicy Local on a node without the Pod: svclb forwards to hostIP:nodePort, kube-proxy drops it, the client times out', () => {
    // k3s-io/klipper-lb `entry`: DNAT --to ${dest_ip}:${DEST_PORT}; with Local DEST_IPS are the host IPs and
    // DEST_PORT the nodePort (k3s pkg/cloudprovider/servicelb.go); kube-proxy's Local chain DROPs when the
    // node has no local endpoint (kubernetes.io/docs/reference/networking/virtual-ips/#traffic-policies).
    const t = get('http://192.168.1.10:8080/');
    expect(t).toMatchObject({ status: 0, outcome: 'timeout', timeoutMs: 10_000 });
    expect(t.hops.map((h) => h.kind)).toEqual(['client', 'load-balancer', 'kube-proxy', 'service']);
    expect(t.error?.en).toContain("k3s-server's svclb forwards to the node IP");
    expect(t.error?.en).toContain('policy is Local');
    expect(t.error?.en).not.toContain('refused');
    // The node that holds the Pod answers and keeps the client IP.
    expect(get('http://192.168.1.11:8080/')).toMatchObject({ status: 200, outcome: 'answered' });
  });

  it('a NodePort with externalTrafficPolicy Local on a node without the Pod is dropped too', () => {
    const nodePort = sim.snapshot().services.find((s) => s.name === 'echo-local')!.ports[0]!.nodePort!;
    const t = get(`http://192.168.1.12:${nodePort}/`);
    expect(t).toMatchObject({ outcome: 'timeout' });
    expect(t.error?.en).toContain('k3s-agent-2 has no ready endpoint');
  });

  it('a node that is down times out; a cluster-internal IP from outside times out (no route)', () => {
    const ip = sim.snapshot().services.find((s) => s.name === 'echo-sticky')!.clusterIP;
    expect(get(`http://${ip}/`).outcome).toBe('timeout');
    const down = routingScenarios();
    expect(down.failNode('k3s-agent-2').ok).toBe(true);
    const t = down.routeRequest(requestFromUrl('http://192.168.1.12:30100/'));
    expect(t).toMatchObject({ outcome: 'timeout' });
    expect(t.error?.en).toContain('k3s-agent-2 is down');
  });

  it('a name a Pod cannot resolve is unresolved, not a timeout', () => {
    const t = get('http://nowhere/', { source: { kind: 'pod', ns: 'default', name: 'client' } });
    expect(t).toMatchObject({ outcome: 'unresolved', timeoutMs: null });
  });

  it("tells cluster addresses from outside ones by the cluster's own --cluster-cidr, not k3s's default", () => {
    // k3s routes the scenario's --cluster-cidr (and the 10.43.0.0/16 Service range) inside the cluster;
    // any other address leaves through the node (docs.k3s.io/cli/server, "Networking").
    const trace = (cidr: string, url: string, fromPod: boolean): Trace =>
      settledSimulation(
        { seed: 8, clusterCidr: cidr },
        ROUTING_SCENARIOS_YAML,
        'routing-scenarios.yaml',
      ).routeRequest(
        requestFromUrl(url, fromPod ? { source: { kind: 'pod', ns: 'default', name: 'client' } } : {}),
      );
    // A wider range: 10.1.0.5 is a Pod address with no Pod behind it, not the Internet.
    expect(trace('10.0.0.0/8', 'http://10.1.0.5/', false).error?.en).toContain('cluster-internal IP');
    const inside = trace('10.0.0.0/8', 'http://10.1.0.5/', true);
    expect(inside.outcome).toBe('timeout');
    expect(inside.error?.en).toContain('No machine has IP 10.1.0.5');
    // A different range: 10.42.0.5 is an outside address there, 10.100.0.5 a cluster one.
    expect(trace('10.100.0.0/16', 'http://10.42.0.5/', false).error?.en).toContain('No machine has IP');
    expect(trace('10.100.0.0/16', 'http://10.42.0.5/', true).error?.en).toContain('masqueraded to node IP');
    expect(trace('10.100.0.0/16', 'http://10.100.0.5/', false).error?.en).toContain('cluster-internal IP');
    expect(trace('10.100.0.0/16', 'http://10.43.0.10/', false).error?.en).toContain('cluster-internal IP');
  });
});
