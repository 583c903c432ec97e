import { describe, expect, it } from 'vitest';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';
import { groupNodes, groupSummary, MAX_GROUPS } from './node-groups.ts';

describe('node groups of a big cluster', () => {
  it('splits 100 nodes into at most 40 runs and sums their Pods, in both languages', () => {
    const sim = settledSimulation({ seed: 1, nodes: 100 }, webDeployment({ replicas: 1200 }));
    const snap = sim.snapshot();
    const groups = groupNodes(snap.nodes);
    expect(groups.length).toBeLessThanOrEqual(MAX_GROUPS);
    expect(groups.flatMap((g) => g.members)).toEqual(snap.nodes.map((n) => n.name));
    expect(groups.reduce((sum, g) => sum + g.pods, 0)).toBe(snap.pods.filter((p) => p.nodeName).length);
    const big = { ...groups[0]!, members: Array.from({ length: 1250 }, String), readyNodes: 1248 };
    big.pods = 37_500;
    big.readyPods = 37_000;
    expect(groupSummary(big, 'en')).toBe('1,250 nodes (2 NotReady) · 37,500 Pods (37,000 ready)');
    expect(groupSummary(big, 'es')).toBe('1.250 nodos (2 NotReady) · 37.500 Pods (37.000 listos)');
  });
});
