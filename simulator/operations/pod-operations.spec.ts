import { describe, expect, it } from 'vitest';
import type { Simulation } from '../index.ts';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';

// `kubectl delete pod` removes the Pod and its ReplicaSet creates a new one (new name, RESTARTS 0);
// a crashed container is restarted by the kubelet in the same Pod (RESTARTS + 1), pod-lifecycle.md.
const webPods = (sim: Simulation) =>
  sim.snapshot().pods.filter((p) => p.labels.app === 'web' && p.status !== 'Terminating');

describe('delete pod vs crash the container', () => {
  it('delete pod: the ReplicaSet replaces it with a new Pod', () => {
    const sim = settledSimulation({ seed: 5 }, webDeployment());
    const [before] = webPods(sim);
    expect(sim.delete('Pod', 'default', before!.name).ok).toBe(true);
    sim.settle();
    const [after] = webPods(sim);
    expect(after!.name).not.toBe(before!.name);
    expect(after).toMatchObject({ status: 'Running', restarts: 0 });
  });

  it('crash the container: the same Pod, one more restart, Last State Terminated (137)', () => {
    const sim = settledSimulation({ seed: 5 }, webDeployment());
    const [before] = webPods(sim);
    expect(sim.killPod('default', before!.name).ok).toBe(true);
    sim.settle();
    const [after] = webPods(sim);
    expect(after!.name).toBe(before!.name);
    expect(after).toMatchObject({ status: 'Running', restarts: 1 });
    expect(after!.containerStatuses[0]!.lastState.terminated).toMatchObject({
      exitCode: 137,
      reason: 'Error',
    });
  });
});
