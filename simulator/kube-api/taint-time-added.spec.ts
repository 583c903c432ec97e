import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { kubeApiOf } from './kube-api.ts';
import type { Json } from './object-meta.ts';

/** timeAdded of each taint of the node, by key and effect, as ms since the epoch. */
function added(sim: ReturnType<typeof createSimulation>, node: string): Record<string, number> {
  const spec = kubeApiOf(sim).get('nodes', null, node)!.spec as Json;
  const out: Record<string, number> = {};
  for (const t of (spec.taints ?? []) as Json[])
    if (t.timeAdded) out[`${String(t.key)}:${String(t.effect)}`] = Date.parse(String(t.timeAdded));
  return out;
}

describe('taint timeAdded', () => {
  it('is the simulation time the taint was added: a cordon, and the node controller swapping a condition taint', () => {
    const sim = createSimulation({ seed: 3 });
    sim.settle();
    const node = sim.snapshot().nodes[1]!.name;
    expect(sim.cordon(node).ok).toBe(true);
    const first = added(sim, node)['node.kubernetes.io/unschedulable:NoSchedule']!;
    expect(sim.uncordon(node).ok).toBe(true);
    sim.advance(90_000);
    expect(sim.cordon(node).ok).toBe(true);
    sim.advance(5_000);
    // The second cordon's time, not the first's, and a later read does not move it.
    expect(added(sim, node)['node.kubernetes.io/unschedulable:NoSchedule']! - first).toBe(90_000);
    expect(sim.failNode(node).ok).toBe(true);
    sim.advance(120_000);
    const unreachable = added(sim, node)['node.kubernetes.io/unreachable:NoExecute']!;
    // Stamped when the grace period ran out (after the failure, before now), not at a fixed date.
    expect(unreachable).toBeGreaterThan(first + 95_000);
    expect(unreachable).toBeLessThanOrEqual(first + 95_000 + 120_000);
  });
});
