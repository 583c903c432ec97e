import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../index.ts';

const pod = (behavior: string) => `apiVersion: v1
kind: Pod
metadata:
  name: p
  annotations: {sim.faaslab.dev/behavior: ${behavior}}
spec:
  containers: [{name: c, image: busybox}]
`;
const status = (sim: Simulation) => sim.snapshot().pods.find((p) => p.name === 'p')!;

describe('pod lifecycle (kubelet)', () => {
  it('goes Pending → ContainerCreating → Running and Ready', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('run'), 'p.yaml');
    expect(status(sim).status).toBe('ContainerCreating');
    sim.advance(1999);
    expect(status(sim)).toMatchObject({ status: 'ContainerCreating', ready: false, phase: 'Pending' });
    sim.advance(1);
    expect(status(sim)).toMatchObject({ status: 'Running', ready: true, phase: 'Running' });
  });

  it('restarts a crashing container with back-off 10 s doubling, capped at 5 min (CrashLoopBackOff)', () => {
    const sim = createSimulation({ seed: 1 });
    const appliedAt = sim.now();
    sim.apply(pod('crash'), 'p.yaml');
    const restartsAt: number[] = [];
    let last = 0;
    let sawBackOff = false;
    for (let t = 0; t < 2800; t++) {
      sim.advance(500);
      const p = status(sim);
      if (p.status === 'CrashLoopBackOff') sawBackOff = true;
      if (p.restarts !== last) {
        restartsAt.push(sim.now());
        last = p.restarts;
      }
    }
    expect(sawBackOff).toBe(true);
    // Each crash happens 3 s after the container starts; the first restart follows at once (after the 1 s
    // PLEG relist), then 10 s, 20 s, 40 s … capped at 300 s (pod-lifecycle.md "Container restarts").
    const gaps = restartsAt.slice(1).map((t, i) => (t - restartsAt[i]!) / 1000);
    expect(restartsAt[0]! - appliedAt).toBe(2000 + 3000 + 1000);
    expect(gaps.slice(0, 8)).toEqual([13, 23, 43, 83, 163, 303, 303, 303]);
  });

  it('shows ErrImagePull then ImagePullBackOff and never becomes ready', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('image-pull-error'), 'p.yaml');
    sim.advance(2000);
    expect(status(sim).status).toBe('ErrImagePull');
    sim.advance(15_000);
    expect(status(sim).status).toBe('ImagePullBackOff');
    expect(status(sim).ready).toBe(false);
  });

  it('counts a restart when a pod is killed and keeps it out of endpoints until it is back', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('run'), 'p.yaml');
    sim.settle();
    expect(sim.killPod('default', 'p').ok).toBe(true);
    expect(status(sim)).toMatchObject({ status: 'Error', restarts: 0, ready: false });
    expect(status(sim).containerStatuses[0]!.lastState.terminated).toMatchObject({ exitCode: 137 });
    sim.advance(1000);
    expect(status(sim)).toMatchObject({ status: 'Running', ready: true, restarts: 1 });
  });

  it('a not-ready pod runs but never becomes Ready', () => {
    const sim = createSimulation({ seed: 1 });
    sim.apply(pod('not-ready'), 'p.yaml');
    sim.settle();
    expect(status(sim)).toMatchObject({ status: 'Running', ready: false });
  });
});
