import { describe, expect, it } from 'vitest';
import { Prng } from '../model/prng.ts';
import { feasibleNodesToFind, schedulePod, schedulerNode, type SchedulerNode } from './scheduler.ts';
import { SchedulerNodeTable } from './scheduler-node-table.ts';

// schedulePod reads whole blocks of nodes from summaries when it scores PodTopologySpread. This checks it
// against the plain scan kube-scheduler does (schedule_one.go findNodesThatPassFilters from
// nextStartNodeIndex until percentageOfNodesToScore feasible nodes, then every candidate scored and one
// of the best drawn): same node, same next start, same draws, on clusters where nodes fill up, so the
// feasible set, the sibling counts and the ties all move.

const CPU = 250;
const MEMORY = 128 * 1024 ** 2;

/** The plain scan: every node visited, every candidate scored. Returns the node's index or -1. */
function plainPick(
  nodes: SchedulerNode[],
  resources: SchedulerNodeTable,
  siblings: number[],
  prng: Prng,
  cursor: { next: number },
): number {
  const total = nodes.length;
  const wanted = feasibleNodesToFind(total);
  const candidates: Array<{ node: number; score: number; siblings: number }> = [];
  let visited = 0;
  for (let i = cursor.next % total; visited < total && candidates.length < wanted; i = (i + 1) % total) {
    visited++;
    const n = nodes[i]!;
    const fits =
      n.podCount + 1 <= n.maxPods &&
      n.requestedCpu + CPU <= n.cpuMillis &&
      n.requestedMemory + MEMORY <= n.memoryBytes;
    if (fits) candidates.push({ node: i, score: resources.score(i, CPU, MEMORY), siblings: siblings[i]! });
  }
  cursor.next = (cursor.next + visited) % total;
  if (candidates.length === 0) return -1;
  // podtopologyspread/scoring.go: raw = matching × log(nodes + 2) + maxSkew − 1, normalised, weight 2.
  const raw = (s: number): number => Math.round(s * Math.log(wanted + 2) + 2);
  const minRaw = raw(Math.min(...candidates.map((c) => c.siblings)));
  const maxRaw = raw(Math.max(...candidates.map((c) => c.siblings)));
  const spread = (s: number): number =>
    2 * (maxRaw === 0 ? 100 : Math.floor((100 * (maxRaw + minRaw - raw(s))) / maxRaw));
  const totals = candidates.map((c) => c.score + spread(c.siblings));
  const best = Math.max(...totals);
  const ties = candidates.filter((_, k) => totals[k] === best);
  return ties[ties.length === 1 ? 0 : prng.int(ties.length)]!.node;
}

function cluster(count: number, seed: number): SchedulerNode[] {
  const prng = new Prng(seed);
  return Array.from({ length: count }, (_, i) =>
    schedulerNode({
      name: `node-${i}`,
      cpuMillis: 1000 * (1 + prng.int(3)),
      memoryBytes: 1024 ** 3 * (1 + prng.int(3)),
      maxPods: 1 + prng.int(8),
    }),
  );
}

describe('the spread pick over node blocks', () => {
  it.each([
    [40, 1],
    [150, 2],
    [333, 3],
    [1000, 4],
  ])('picks what the plain scan picks on %i nodes (seed %i), until the nodes are full', (count, seed) => {
    const nodes = cluster(count, seed);
    const reference = cluster(count, seed);
    const resources = new SchedulerNodeTable(reference);
    // Two owners take turns, so the sibling counts change owner by owner.
    const spreads = [new Map<string, number>(), new Map<string, number>()];
    const referenceSiblings = [new Array<number>(count).fill(0), new Array<number>(count).fill(0)];
    const prng = new Prng(seed);
    const referencePrng = new Prng(seed);
    const cursor = { next: 0 };
    const referenceCursor = { next: 0 };
    let bound = 0;
    for (let k = 0; ; k++) {
      const owner = Math.floor(k / 7) % 2;
      const pod = { cpuMillis: CPU, memoryBytes: MEMORY, nodeSelector: {}, tolerations: [] };
      const result = schedulePod({ ...pod, spread: spreads[owner] }, nodes, prng, cursor);
      const expected = plainPick(
        reference,
        resources,
        referenceSiblings[owner]!,
        referencePrng,
        referenceCursor,
      );
      expect(result.node?.name ?? null).toBe(expected < 0 ? null : `node-${expected}`);
      expect(cursor.next).toBe(referenceCursor.next);
      if (expected < 0) break;
      const chosen = reference[expected]!;
      chosen.podCount++;
      chosen.requestedCpu += CPU;
      chosen.requestedMemory += MEMORY;
      chosen.scoreCpu += CPU;
      chosen.scoreMemory += MEMORY;
      resources.bind(expected, CPU, MEMORY, CPU, MEMORY, false);
      referenceSiblings[owner]![expected]!++;
      bound++;
    }
    expect(bound).toBe(nodes.reduce((sum, n) => sum + n.podCount, 0));
    expect(bound).toBeGreaterThan(count);
  });
});
