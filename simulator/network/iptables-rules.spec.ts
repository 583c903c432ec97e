import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, requestFromUrl, type RequestSource, type Trace } from '../index.ts';
import { chainHash } from './chain-hash.ts';
import { printedProbability } from './iptables-rules.ts';
import { rulesMatchedBy, walkNat } from './iptables-walk.ts';

const yaml = readFileSync(
  new URL('../../test/fixtures/simulator/kube-proxy-rules.yaml', import.meta.url),
  'utf8',
);
const sim = createSimulation({ seed: 21, packets: true });
expect(sim.apply(yaml, 'kube-proxy-rules.yaml').diagnostics).toEqual([]);
sim.settle();
const snap = sim.snapshot();
const NODES = snap.nodes.map((n) => ({ name: n.name, ip: n.internalIP }));
const service = (name: string) => snap.services.find((s) => s.name === name)!;

describe('kube-proxy chain names', () => {
  it('hash as kube-proxy does: default/kubernetes:https over tcp is KUBE-SVC-NPX46M4PTMTKRN6Y on every cluster', () => {
    // The chain name every iptables-mode cluster shows for the API server Service (portProtoHash in proxier.go).
    expect(chainHash('default/kubernetes:httpstcp')).toBe('NPX46M4PTMTKRN6Y');
    expect(chainHash('kube-system/kube-dns:dnsudp')).toBe('TCOU7JCQXEZGVUNU');
  });

  it('prints probabilities as iptables-save does (kube-proxy writes %0.10f, the kernel stores p·2³¹)', () => {
    expect(printedProbability(2)).toBe('0.50000000000');
    expect(printedProbability(3)).toBe('0.33333333349');
    expect(printedProbability(5)).toBe('0.20000000019');
  });
});

describe('faaslab sim iptables', () => {
  it('writes KUBE-SVC and KUBE-SEP chains for every Service with endpoints, on every node', () => {
    for (const node of NODES) {
      const rules = sim.iptablesSave(node.name)!;
      expect(rules).toMatch(/^\*filter$/m);
      expect(rules).toMatch(/^\*nat$/m);
      for (const name of ['web-np', 'web-cip', 'web-lb', 'web-local'])
        expect(rules).toMatch(
          new RegExp(`-A KUBE-SERVICES .*"default/${name}(:http)? cluster IP".* -j KUBE-SVC-`),
        );
      expect(rules.match(/^:KUBE-SEP-/gm)!.length).toBeGreaterThanOrEqual(5);
      expect(rules).toContain(
        '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-np" -m tcp --dport 30080 -j KUBE-EXT-',
      );
    }
    expect(sim.iptablesSave('no-such-node')).toBeNull();
  });

  it('Local policy: KUBE-SVL only where the node has endpoints, a DROP in the filter table elsewhere', () => {
    const byNode = new Map(
      NODES.map((n) => [
        n.name,
        service('web-local').endpoints.filter((e) => e.nodeName === n.name && e.ready).length,
      ]),
    );
    for (const node of NODES) {
      const rules = sim.iptablesSave(node.name)!;
      const svl = rules.match(/^:KUBE-SVL-\S+/gm) ?? [];
      if (byNode.get(node.name)! > 0) expect(svl.length).toBe(1);
      else {
        expect(svl.length).toBe(0);
        expect(rules).toContain('"default/web-local has no local endpoints"');
      }
    }
  });

  it("masquerades traffic from outside the cluster's own --cluster-cidr, the default one or a wider one", () => {
    // proxier.go: `! -s <clusterCIDR>` on the KUBE-SVC chain, `-s <clusterCIDR>` for Pod traffic to an
    // external IP (k3s hands its --cluster-cidr to kube-proxy).
    const masquerade = (rules: string) =>
      rules.match(/^-A KUBE-SVC-\S+ ! -s (\S+) .*-j KUBE-MARK-MASQ$/gm) ?? [];
    const own = masquerade(sim.iptablesSave(NODES[0]!.name)!);
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((rule) => rule.includes(' ! -s 10.42.0.0/16 '))).toBe(true);
    const wide = createSimulation({ seed: 21, clusterCidr: '10.0.0.0/8' });
    expect(wide.apply(yaml, 'kube-proxy-rules.yaml').diagnostics).toEqual([]);
    wide.settle();
    const rules = wide.iptablesSave(NODES[0]!.name)!;
    expect(masquerade(rules).length).toBe(own.length);
    expect(masquerade(rules).every((rule) => rule.includes(' ! -s 10.0.0.0/8 '))).toBe(true);
    expect(rules).not.toContain('10.42.0.0/16');
    expect(rules).toMatch(/^-A KUBE-EXT-\S+ -s 10\.0\.0\.0\/8 -m comment --comment "pod traffic for /m);
  });
});

describe('the rules and the traces agree', () => {
  it('following each node’s rules reaches the traced endpoint for 100 seeded requests (NodePort, ClusterIP, LoadBalancer, Local)', () => {
    const clientIP = snap.pods.find((p) => p.name === 'client')!.ip!;
    const clientNode = NODES.find((n) => n.name === snap.pods.find((p) => p.name === 'client')!.nodeName)!;
    const cases: Array<{ url: string; source: RequestSource; kind: string }> = [];
    for (let i = 0; i < 100; i++) {
      const node = NODES[i % 3]!;
      const external: RequestSource = { kind: 'external', ip: `198.51.100.${(i % 50) + 1}` };
      const kind = ['nodeport', 'clusterip', 'loadbalancer', 'local'][i % 4]!;
      if (kind === 'nodeport') cases.push({ kind, url: `http://${node.ip}:30080/${i}`, source: external });
      if (kind === 'clusterip')
        cases.push({
          kind,
          url: `http://${service('web-cip').clusterIP}:8000/${i}`,
          source: { kind: 'pod', ns: 'default', name: 'client' },
        });
      if (kind === 'loadbalancer') cases.push({ kind, url: `http://${node.ip}:8080/${i}`, source: external });
      if (kind === 'local') cases.push({ kind, url: `http://${node.ip}:30081/${i}`, source: external });
    }
    let reached = 0;
    let dropped = 0;
    for (const c of cases) {
      const trace: Trace = sim.routeRequest(requestFromUrl(c.url, { source: c.source }));
      const fromPod = c.source.kind === 'pod';
      const entry = fromPod ? clientNode : NODES.find((n) => c.url.includes(`//${n.ip}:`))!;
      const sent = trace.hops[0]!.packet!;
      const proxy = trace.hops.find((h) => h.kind === 'kube-proxy')?.packet;
      const endpoint = trace.hops.find((h) => h.kind === 'endpoint');
      // The traced endpoint's position in kube-proxy's list (Local: this node's endpoints only), as a draw.
      const svc = service(
        c.kind === 'nodeport'
          ? 'web-np'
          : c.kind === 'clusterip'
            ? 'web-cip'
            : c.kind === 'loadbalancer'
              ? 'web-lb'
              : 'web-local',
      );
      const list = svc.endpoints.filter((e) => e.ready && (c.kind !== 'local' || e.nodeName === entry.name));
      const k = endpoint ? list.findIndex((e) => `${e.ip}:${e.ports[0]}` === endpoint.name) : 0;
      const draw = (Math.max(k, 0) + 0.5) / Math.max(list.length, 1);
      const [dst, dport] = sent.dst.split(':') as [string, string];
      const verdict = walkNat(
        sim.iptablesSave(entry.name)!,
        {
          src: fromPod ? clientIP : (c.source as { ip: string }).ip,
          dst,
          dport: Number(dport),
          protocol: 'tcp',
          localAddresses: new Set([entry.ip]),
        },
        draw,
      );
      if (trace.outcome === 'timeout') {
        // Local on a node without endpoints: the nat table does not DNAT (the filter table DROPs).
        expect(verdict.dnat).toBeNull();
        dropped++;
        continue;
      }
      expect(trace.status).toBe(200);
      expect(k).toBeGreaterThanOrEqual(0);
      expect(verdict.dnat).toBe(endpoint!.name);
      expect(verdict.dnat).toBe(proxy!.dst);
      expect(verdict.masquerade).toBe(proxy!.rewrite === 'dnat+masquerade');
      reached++;
    }
    expect(reached + dropped).toBe(100);
    expect(reached).toBeGreaterThan(80);
  });
});

describe('the rule that matched for the last request', () => {
  it('names the KUBE-NODEPORTS, KUBE-EXT, KUBE-SVC and KUBE-SEP rules of a NodePort request, ending in its DNAT', () => {
    const trace = sim.routeRequest(requestFromUrl('http://192.168.1.11:30080/last'));
    const endpoint = trace.hops.find((h) => h.kind === 'endpoint')!.name;
    const matched = rulesMatchedBy(sim.iptablesSave('k3s-agent-1')!, trace, '192.168.1.11');
    expect(matched[0]).toContain('-A PREROUTING');
    expect(matched.some((l) => l.startsWith('-A KUBE-NODEPORTS') && l.includes('--dport 30080'))).toBe(true);
    expect(matched.some((l) => l.startsWith('-A KUBE-EXT-') && l.includes('KUBE-MARK-MASQ'))).toBe(true);
    expect(matched.at(-1)).toMatch(new RegExp(`^-A KUBE-SEP-\\S+ .*-j DNAT --to-destination ${endpoint}$`));
  });
});
