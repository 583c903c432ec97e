import { describe, expect, it } from 'vitest';
import { Prng } from '../model/prng.ts';
import {
  feasibleNodesToFind,
  schedulePod,
  schedulerNode,
  tolerates,
  type SchedulerNode,
} from './scheduler.ts';

const node = (name: string, extra: Partial<SchedulerNode> = {}): SchedulerNode =>
  schedulerNode({ name, cpuMillis: 2000, memoryBytes: 4 * 1024 ** 3, ...extra });
const pod = { cpuMillis: 500, memoryBytes: 256 * 1024 ** 2, nodeSelector: {}, tolerations: [] };

describe('schedulePod', () => {
  it('prefers the least allocated node and updates its sums when binding', () => {
    const nodes = [node('busy', { requestedCpu: 1500, scoreCpu: 1500 }), node('idle')];
    const result = schedulePod(pod, nodes, new Prng(1));
    expect(result.node?.name).toBe('idle');
    expect(nodes[1]!.requestedCpu).toBe(500);
    expect(nodes[1]!.podCount).toBe(1);
  });

  it('spreads identical pods across identical nodes', () => {
    const nodes = [node('a'), node('b'), node('c')];
    const prng = new Prng(3);
    const names = Array.from({ length: 6 }, () => schedulePod(pod, nodes, prng).node?.name);
    expect(nodes.map((n) => n.podCount)).toEqual([2, 2, 2]);
    expect(new Set(names).size).toBe(3);
  });

  it('explains an unschedulable pod as kube-scheduler does, reasons sorted with counts', () => {
    const nodes = [
      node('s', { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }),
      node('a1', { requestedCpu: 1800 }),
      node('a2', { schedulable: false, unschedulableReason: 'node(s) were unschedulable' }),
    ];
    const result = schedulePod(pod, nodes, new Prng(1));
    expect(result.node).toBeNull();
    expect(result.node === null && result.message).toBe(
      '0/3 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.',
    );
  });

  it('sorts the "N reason" strings count first, and preemption cannot help a node selector', () => {
    // framework/types.go FitError.Error: sort.Strings over "count reason"; DefaultPreemption marks
    // UnschedulableAndUnresolvable filters (taints, node affinity, cordon) "not helpful".
    const nodes = [node('a'), node('b'), node('c', { labels: { disk: 'ssd' }, requestedCpu: 1800 })];
    const result = schedulePod({ ...pod, nodeSelector: { disk: 'ssd' } }, nodes, new Prng(1));
    expect(result.node === null && result.message).toBe(
      "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    );
  });

  it('honours nodeSelector and tolerations', () => {
    const gpu = node('gpu', {
      labels: { accel: 'gpu' },
      taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }],
    });
    const plain = node('plain');
    expect(
      schedulePod({ ...pod, nodeSelector: { accel: 'gpu' } }, [gpu, plain], new Prng(1)).node,
    ).toBeNull();
    const tolerating = {
      ...pod,
      nodeSelector: { accel: 'gpu' },
      tolerations: [{ key: 'dedicated', operator: 'Equal' as const, value: 'gpu', effect: 'NoSchedule' }],
    };
    expect(schedulePod(tolerating, [gpu, plain], new Prng(1)).node?.name).toBe('gpu');
    expect(tolerates([{ operator: 'Exists' }], { key: 'x', effect: 'NoExecute' })).toBe(true);
    expect(
      tolerates([{ key: 'x', operator: 'Equal', value: 'a' }], {
        key: 'x',
        value: 'b',
        effect: 'NoSchedule',
      }),
    ).toBe(false);
  });

  it('is deterministic for a seed', () => {
    const run = (seed: number) => {
      const nodes = Array.from({ length: 10 }, (_, i) => node(`n${i}`));
      const prng = new Prng(seed);
      return Array.from({ length: 20 }, () => schedulePod(pod, nodes, prng).node?.name);
    };
    expect(run(9)).toEqual(run(9));
  });

  it('looks for the share of feasible nodes kube-scheduler scores', () => {
    expect(feasibleNodesToFind(50)).toBe(50);
    expect(feasibleNodesToFind(1000)).toBe(420);
    expect(feasibleNodesToFind(5000)).toBe(500);
  });
});
