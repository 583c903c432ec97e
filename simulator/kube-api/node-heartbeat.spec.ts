import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { kubeApiOf } from './kube-api.ts';
import type { Json } from './object-meta.ts';

/** The node's conditions: type → [status, lastHeartbeatTime ms, lastTransitionTime ms]. */
function conditions(sim: ReturnType<typeof createSimulation>, node: string): Record<string, number[]> {
  const status = kubeApiOf(sim).get('nodes', null, node)!.status as Json;
  const out: Record<string, number[]> = {};
  for (const c of status.conditions as Json[])
    out[String(c.type)] = [
      String(c.status) === 'True' ? 1 : 0,
      Date.parse(String(c.lastHeartbeatTime)),
      Date.parse(String(c.lastTransitionTime)),
    ];
  return out;
}

describe('node condition heartbeat', () => {
  // The kubelet stamps lastHeartbeatTime and lastTransitionTime together when a condition changes
  // (pkg/kubelet/nodestatus/setters.go): a heartbeat older than the transition cannot be.
  it('is never earlier than the transition, after the node goes silent and after it comes back', () => {
    const sim = createSimulation({ seed: 3 });
    sim.settle();
    const node = sim.snapshot().nodes[1]!.name;
    expect(sim.failNode(node).ok).toBe(true);
    sim.advance(90_000);
    const silent = conditions(sim, node);
    expect(silent.Ready![0]).toBe(0);
    // A silent kubelet's heartbeat is its last, from before the controller marked it Unknown.
    expect(silent.Ready![1]).toBeLessThan(silent.Ready![2]!);
    expect(sim.recoverNode(node).ok).toBe(true);
    sim.advance(20_000);
    const back = conditions(sim, node);
    expect(back.Ready![0]).toBe(1);
    expect(back.Ready![2]).toBeGreaterThan(silent.Ready![2]!);
    for (const [type, [, heartbeat, transition]] of Object.entries(back))
      expect(heartbeat, type).toBeGreaterThanOrEqual(transition!);
  });
});
