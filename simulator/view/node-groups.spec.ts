import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { groupNodes, groupSummary, MAX_GROUPS } from './node-groups.ts';

describe('node groups of a big cluster', () => {
  it('splits 100 nodes into at most 40 runs and sums their Pods, in both languages', () => {
    const sim = createSimulation({ seed: 1, nodes: 100 });
    sim.apply(
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1200
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: "nginx:1.27"}]`,
      'web.yaml',
    );
    sim.settle();
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
