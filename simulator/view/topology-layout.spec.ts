import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot, Trace } from '../index.ts';
import { fitLabel, layoutTopology, podTone } from './topology-layout.ts';
import { placeTrace } from './trace-path.ts';

const fixture = parse(
  readFileSync(new URL('../../test/fixtures/simulator/nodeport-snapshot.yaml', import.meta.url), 'utf8'),
) as {
  snapshot: ClusterSnapshot;
  sent: Array<{ trace: Trace }>;
};
const snapshot: ClusterSnapshot = {
  ...fixture.snapshot,
  nodes: fixture.snapshot.nodes.map((n) => ({
    ...n,
    pods: fixture.snapshot.pods.filter((p) => p.nodeName === n.name),
  })),
};

function inside(
  p: { x: number; y: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
}

describe('layoutTopology', () => {
  it('puts every pod inside its node and every node below the services', () => {
    const layout = layoutTopology(snapshot);
    expect(layout.nodes.map((n) => n.name)).toEqual(['server', 'agent-1']);
    const pod = layout.pods[0];
    const server = layout.nodes[0];
    expect(pod && server && inside(pod, server)).toBe(true);
    const service = layout.services[0];
    expect(service?.sublabel).toContain('80:30036');
    expect(server && service && server.y > service.y + service.height).toBe(true);
    expect(server?.ports).toContain(':30036');
  });

  it('keeps 50 nodes and 500 pods inside the drawing width without overlap between nodes', () => {
    const base = snapshot.nodes[0];
    const pod = snapshot.pods[0];
    if (!base || !pod) throw new Error('fixture');
    const nodes = Array.from({ length: 50 }, (_, i) => ({
      ...base,
      name: `n${i}`,
      pods: Array.from({ length: 10 }, (_, j) => ({ ...pod, name: `p${i}-${j}`, nodeName: `n${i}` })),
    }));
    const layout = layoutTopology({ ...snapshot, nodes, pods: nodes.flatMap((n) => n.pods) });
    expect(layout.pods).toHaveLength(500);
    for (const n of layout.nodes) expect(n.x + n.width).toBeLessThanOrEqual(layout.width);
    const [a, b] = layout.nodes;
    expect(a && b && a.x + a.width < b.x).toBe(true);
  });

  it('colours pods by phase and readiness, and shortens long labels', () => {
    const pod = snapshot.pods[0];
    if (!pod) throw new Error('fixture');
    expect(podTone(pod)).toBe('ready');
    expect(podTone({ ...pod, ready: false })).toBe('not-ready');
    expect(podTone({ ...pod, status: 'CrashLoopBackOff' })).toBe('failing');
    expect(podTone({ ...pod, status: 'ContainerCreating', phase: 'Pending' })).toBe('starting');
    expect(fitLabel('a-very-long-pod-name-indeed', 62)).toBe('a-very-lo…');
  });
});

describe('placeTrace', () => {
  it('walks client → entry node → Service → Pod', () => {
    const layout = layoutTopology(snapshot);
    const trace = fixture.sent[0]?.trace;
    if (!trace) throw new Error('fixture');
    const placed = placeTrace(
      layout,
      trace,
      new Map([
        ['192.168.1.10', 'server'],
        ['192.168.1.11', 'agent-1'],
      ]),
    );
    const [client, nodePort, service, pod] = placed.map((p) => p.point);
    const agent = layout.nodes.find((n) => n.name === 'agent-1');
    expect(client && layout.entries[0] && inside(client, layout.entries[0])).toBe(true);
    expect(nodePort && agent && inside(nodePort, agent)).toBe(true);
    expect(service && layout.services[0] && inside(service, layout.services[0])).toBe(true);
    expect(pod && layout.pods[0] && inside(pod, layout.pods[0])).toBe(true);
  });
});

describe('a cluster at Kubernetes scale', () => {
  it('is drawn as at most 40 groups of nodes with their counts, not one box per node and Pod', async () => {
    const { createSimulation } = await import('../index.ts');
    const { manyNodes, webDeployment } = await import('../../test/simulator/cluster-fixture.ts');
    const sim = createSimulation({
      seed: 3,
      nodes: manyNodes(1000, { cpuMillis: 8000, memoryBytes: 32 * 1024 ** 3 }),
    });
    sim.apply(webDeployment({ replicas: 3000 }), 'web.yaml');
    sim.advance(10_000);
    const layout = layoutTopology(sim.snapshot(), 1200);
    // Six columns of groups at 1200 px, at most six rows: 36 groups of 28 nodes.
    expect(layout.nodes).toHaveLength(36);
    expect(new Set(layout.nodes.map((n) => n.y)).size).toBeLessThanOrEqual(6);
    expect(layout.pods.filter((p) => p.pod.nodeName)).toHaveLength(0);
    const first = layout.nodes[0]!;
    expect(first.members).toHaveLength(28);
    expect(first.label).toBe('node-0 … node-27');
    const podsInGroups = layout.nodes.reduce(
      (sum, n) => sum + Number(/· ([\d,]+) Pods/.exec(n.detail)![1]!.replace(/,/g, '')),
      0,
    );
    expect(podsInGroups).toBe(sim.snapshot().nodes.reduce((sum, n) => sum + n.pods.length, 0));
    expect(layout.height).toBeLessThan(2000);
    // A lesson's narrow pane: two columns, so fewer and larger groups keep the drawing short enough to read.
    const narrow = layoutTopology(sim.snapshot(), 480);
    expect(narrow.nodes).toHaveLength(12);
    expect(narrow.nodes.flatMap((n) => n.members ?? [])).toHaveLength(1000);
  });
});
