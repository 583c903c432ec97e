import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { nodePodCidr, parseClusterCidr, type ClusterCidr } from '../model/cluster-cidr.ts';
import { runKubectl } from '../kubectl/index.ts';
import { manyNodes, webDeployment } from '../../test/simulator/cluster-fixture.ts';

// kube-controller-manager's range allocator cuts --cluster-cidr into one /24 per node (k3s: 10.42.0.0/16,
// so 256 nodes), skipping the Service CIDR 10.43.0.0/16 (range_allocator.go filterOutServiceRange); a node
// past the last /24 gets none (CIDRNotAvailable) and k3s's flannel waits for it, so the node stays NotReady.

const cidr = (text: string): ClusterCidr => {
  const parsed = parseClusterCidr(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};

const inServiceRange = (ip: string): boolean => ip.startsWith('10.43.');

describe('the cluster CIDR', () => {
  it('gives the default 10.42.0.0/16 to 256 nodes, one /24 each, and none to the 257th', () => {
    const k3s = cidr('10.42.0.0/16');
    expect(k3s.nodeCapacity).toBe(256);
    expect(nodePodCidr(k3s, 0)).toBe('10.42.0.0/24');
    expect(nodePodCidr(k3s, 255)).toBe('10.42.255.0/24');
    expect(nodePodCidr(k3s, 256)).toBeNull();
  });

  it('skips the Service CIDR inside a wider cluster CIDR', () => {
    const wide = cidr('10.0.0.0/8');
    expect(wide.nodeCapacity).toBe(65_536 - 256);
    // 10.43.0.0/16 is the 43rd block of 256 /24s: node 43 × 256 lands on 10.44.0.0/24.
    expect(nodePodCidr(wide, 43 * 256 - 1)).toBe('10.42.255.0/24');
    expect(nodePodCidr(wide, 43 * 256)).toBe('10.44.0.0/24');
    for (let n = 0; n < wide.nodeCapacity; n += 97) expect(inServiceRange(nodePodCidr(wide, n)!)).toBe(false);
  });

  it('refuses what is not an IPv4 CIDR a node /24 fits in', () => {
    expect(parseClusterCidr('10.42.0.0')).toMatch(/not an IPv4 CIDR/);
    expect(parseClusterCidr('10.42.0.0/25')).toMatch(/prefix/);
    expect(parseClusterCidr('10.42.1.0/16')).toMatch(/did you mean 10.42.0.0\/16/);
  });

  it('leaves nodes past the default CIDR NotReady, so no Pod is scheduled there and none gets a Service IP', () => {
    const sim = createSimulation({ seed: 1, nodes: manyNodes(260) });
    expect(runKubectl(sim, 'get node node-255 -o jsonpath={.spec.podCIDR}').stdout).toBe('10.42.255.0/24');
    expect(runKubectl(sim, 'get node node-256 -o jsonpath={.spec.podCIDR}').stdout).toBe('');
    expect(runKubectl(sim, 'get node node-256').stdout).toMatch(/node-256\s+NotReady/);
    sim.apply(webDeployment({ replicas: 600 }), 'web.yaml');
    sim.settle();
    const snap = sim.snapshot();
    const late = snap.nodes.slice(256);
    expect(late.every((n) => !n.ready)).toBe(true);
    expect(snap.nodes.slice(0, 256).every((n) => n.ready)).toBe(true);
    const web = snap.pods.filter((p) => p.labels.app === 'web');
    expect(web.every((p) => p.nodeName !== null && Number(p.nodeName.slice(5)) < 256)).toBe(true);
    expect(web.every((p) => p.ip !== null && !inServiceRange(p.ip))).toBe(true);
    // A Pod bound there by name (a DaemonSet's, or spec.nodeName) gets no sandbox and no IP.
    const bound = snap.pods.filter((p) => p.nodeName === 'node-257');
    for (const p of bound) {
      expect(p.ip).toBeNull();
      expect(p.status).toBe('ContainerCreating');
    }
    expect(bound.length).toBe(1); // Traefik's svclb DaemonSet Pod
  });

  it('gives every node of a wider cluster CIDR a /24 outside the Service range', () => {
    const sim = createSimulation({ seed: 2, nodes: manyNodes(300), clusterCidr: '10.0.0.0/8' });
    sim.apply(webDeployment({ replicas: 900 }), 'web.yaml');
    sim.settle();
    const snap = sim.snapshot();
    expect(snap.nodes.every((n) => n.ready)).toBe(true);
    const ips = snap.pods.filter((p) => p.labels.app === 'web').map((p) => p.ip);
    expect(ips.every((ip) => ip !== null && ip.startsWith('10.') && !inServiceRange(ip))).toBe(true);
    expect(new Set(ips).size).toBe(ips.length);
    expect(snap.pods.some((p) => p.nodeName === 'node-299' && p.ip?.startsWith('10.1.43.'))).toBe(true);
  });

  it('refuses a simulation whose cluster CIDR is not one', () => {
    expect(() => createSimulation({ seed: 1, clusterCidr: '10.42.0.0/30' })).toThrow(/clusterCidr/);
  });
});
