import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, deserializeSimulation, onlyTheClockMoved, type Simulation } from '../index.ts';

const webApp = readFileSync(new URL('../../test/fixtures/simulator/web-app.yaml', import.meta.url), 'utf8');
const MISSING_IMAGE = `apiVersion: v1
kind: Pod
metadata: {name: typo}
spec:
  containers: [{name: app, image: "nginx:1.277"}]
`;

/** The snapshot a fresh simulation, replayed from the same recording, builds from nothing. */
const rebuilt = (sim: Simulation) => deserializeSimulation(sim.serialize()).snapshot();

describe('a snapshot when only the clock moved', () => {
  it("keeps the cluster's lists, with the new time, and equals one built afresh", () => {
    const sim = createSimulation({ seed: 3 });
    const before = sim.snapshot();
    sim.advance(1000);
    const after = sim.snapshot();
    expect(after.timeMs).toBe(before.timeMs + 1000);
    expect(after.pods).toBe(before.pods);
    expect(onlyTheClockMoved(before, after)).toBe(true);
    expect(after).toEqual(rebuilt(sim));
  });

  it("is built anew by every change, the lifecycle's timed ones and repeated events included", () => {
    const sim = createSimulation({ seed: 3 });
    sim.apply(webApp, 'web.yaml');
    sim.apply(MISSING_IMAGE, 'typo.yaml');
    let previous = sim.snapshot();
    let changes = 0;
    // Pods are pulled, start and turn ready; the missing image's pull fails and its BackOff repeats.
    for (let step = 0; step < 40; step++) {
      sim.advance(750);
      const next = sim.snapshot();
      if (!onlyTheClockMoved(previous, next)) changes++;
      expect(next).toEqual(rebuilt(sim));
      previous = next;
    }
    expect(changes).toBeGreaterThan(3);
    // Repeats of the pull's failure count up on the same events.
    expect(previous.events.some((e) => e.object === 'Pod/default/typo' && (e.count ?? 1) > 1)).toBe(true);
  });

  it('is not the same cluster after an operation', () => {
    const sim = createSimulation({ seed: 3 });
    sim.apply(webApp, 'web.yaml');
    sim.settle();
    const before = sim.snapshot();
    expect(sim.scale('default', 'web', 1).ok).toBe(true);
    expect(onlyTheClockMoved(before, sim.snapshot())).toBe(false);
    expect(onlyTheClockMoved(null, before)).toBe(false);
  });
});
