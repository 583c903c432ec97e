import { describe, expect, it } from 'vitest';
import type { Simulation } from '../index.ts';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';

// kube-scheduler's default profile scores PodTopologySpread (weight 2) with the system default
// constraints (maxSkew 3 on kubernetes.io/hostname), besides NodeResourcesFit LeastAllocated and
// NodeResourcesBalancedAllocation (weight 1 each): pkg/scheduler/apis/config/v1/default_plugins.go,
// pkg/scheduler/framework/plugins/podtopologyspread (scoring.go, system defaults in plugin.go).

function perNode(sim: Simulation): number[] {
  const snap = sim.snapshot();
  return snap.nodes.map(
    (n) => snap.pods.filter((p) => p.labels.app === 'web' && p.nodeName === n.name).length,
  );
}

describe("the scheduler spreads one owner's replicas", () => {
  it.each([1, 2, 3, 4])('1 → 3 → 6 replicas on 3 nodes land 1/1/1 then 2/2/2 (seed %i)', (seed) => {
    const sim = settledSimulation({ seed }, webDeployment());
    expect(perNode(sim).reduce((a, b) => a + b)).toBe(1);
    sim.scale('default', 'web', 3);
    sim.settle();
    expect(perNode(sim)).toEqual([1, 1, 1]);
    sim.scale('default', 'web', 6);
    sim.settle();
    expect(perNode(sim)).toEqual([2, 2, 2]);
  });
});
