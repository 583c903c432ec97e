import { describe, expect, it } from 'vitest';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';
import { buildContext, UNSCHEDULABLE_PODS } from '../../test/simulator/object-build-fixture.ts';
import type { Simulation } from '../api-types.ts';
import { objectKey } from '../model/cluster-state.ts';
import { podObject } from './pod-object.ts';

/** Every Pod's JSON, built with one context for all of them, or with a context of its own each. */
function podTexts(sim: Simulation, shared: boolean): string[] {
  const one = buildContext(sim);
  return one.snapshot.pods.map((view) => {
    const ctx = shared ? one : buildContext(sim);
    const state = ctx.state.pods.get(objectKey(view.namespace, view.name))!;
    return JSON.stringify(podObject(ctx, state, view));
  });
}

describe('the parts Pods of one build share (template spec, conditions)', () => {
  // Each part is made once per build and given to every Pod made of the same inputs: one input missing
  // from what it is looked up by would give a Pod another Pod's part. Built alone, a Pod shares nothing.
  it('leave each Pod as it is built alone: ready and not, restarted, unbound for either reason', () => {
    const sim = settledSimulation({ seed: 6 }, webDeployment({ replicas: 3, containerPorts: [80] }));
    sim.scale('default', 'web', 5);
    // A restarted Pod (its restart count and last state) among siblings started with it.
    sim.killPod('default', sim.snapshot().pods.find((p) => p.name.startsWith('web-'))!.name);
    sim.advance(30_000);
    sim.apply(UNSCHEDULABLE_PODS, 'unbound.yaml');
    sim.failNode(sim.snapshot().nodes.at(-1)!.name);
    sim.advance(60_000);
    const alone = podTexts(sim, false);
    expect(podTexts(sim, true)).toEqual(alone);
    // The cases are there: Pods ready and not among those started, and both unbound ones.
    expect(
      alone.some((t) => t.includes('"type":"Ready"') && t.includes('"status":"True","type":"Ready"')),
    ).toBe(true);
    expect(alone.some((t) => t.includes('containers with unready status'))).toBe(true);
    expect(alone.filter((t) => t.includes('"reason":"Unschedulable"'))).toHaveLength(2);
  });
});
