import { describe, expect, it } from 'vitest';
import { deserializeSimulation, type Simulation } from '../index.ts';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';
import { decodeRecording, encodeRecording } from './recording.ts';

/** A 3-replica web Deployment with one of its Pods' nodes failed, and that Pod deleted: stuck Terminating. */
function stuckPod(): { sim: Simulation; name: string; node: string } {
  const sim = settledSimulation({ seed: 5 }, webDeployment({ replicas: 3 }));
  const pod = sim.snapshot().pods.find((p) => p.owner?.kind === 'ReplicaSet' && p.nodeName !== null)!;
  expect(sim.failNode(pod.nodeName!).ok).toBe(true);
  for (let i = 0; i < 70; i++) sim.advance(1_000);
  expect(sim.delete('Pod', 'default', pod.name).ok).toBe(true);
  for (let i = 0; i < 10; i++) sim.advance(1_000);
  return { sim, name: pod.name, node: pod.nodeName! };
}

const podNamed = (sim: Simulation, name: string) => sim.snapshot().pods.find((p) => p.name === name);

describe('deleting a Pod with grace period 0 (kubectl delete --force)', () => {
  it('removes a Pod stuck Terminating on a dead node at once, and the ReplicaSet has replaced it', () => {
    const { sim, name, node } = stuckPod();
    // The kubelet never confirms: a graceful delete leaves the Pod Terminating.
    expect(podNamed(sim, name)?.status).toBe('Terminating');
    expect(sim.delete('Pod', 'default', name, { gracePeriodSeconds: 0 }).ok).toBe(true);
    expect(podNamed(sim, name)).toBeUndefined();
    for (let i = 0; i < 10; i++) sim.advance(1_000);
    const web = sim.snapshot().pods.filter((p) => p.labels.app === 'web');
    expect(web.map((p) => p.status)).toEqual(['Running', 'Running', 'Running']);
    expect(web.every((p) => p.nodeName !== node && p.name !== name)).toBe(true);
  });

  it('removes a Pod on a live node at once too, where a graceful delete leaves it Terminating', () => {
    const sim = settledSimulation({ seed: 5 }, webDeployment({ replicas: 2 }));
    const [a, b] = sim.snapshot().pods.filter((p) => p.labels.app === 'web');
    sim.delete('Pod', 'default', a!.name);
    sim.delete('Pod', 'default', b!.name, { gracePeriodSeconds: 0 });
    expect(podNamed(sim, a!.name)?.status).toBe('Terminating');
    expect(podNamed(sim, b!.name)).toBeUndefined();
  });

  it('keeps a grace period above 0 graceful, and ignores it for kinds without graceful deletion', () => {
    const sim = settledSimulation({ seed: 5 }, webDeployment({ replicas: 1 }));
    const pod = sim.snapshot().pods.find((p) => p.labels.app === 'web')!;
    sim.delete('Pod', 'default', pod.name, { gracePeriodSeconds: 1 });
    expect(podNamed(sim, pod.name)?.status).toBe('Terminating');
    expect(sim.delete('Deployment', 'default', 'web', { gracePeriodSeconds: 0 }).ok).toBe(true);
    expect(sim.snapshot().deployments.filter((d) => d.namespace === 'default')).toEqual([]);
  });

  it('survives serialize and replay; a recording made before the flag replays the delete as graceful', () => {
    const { sim, name } = stuckPod();
    sim.delete('Pod', 'default', name, { gracePeriodSeconds: 0 });
    const link = sim.serialize();
    const copy = deserializeSimulation(link);
    expect(copy.snapshot()).toEqual(sim.snapshot());
    expect(podNamed(copy, name)).toBeUndefined();
    // An old link's delete has no grace period: it replays as it always did (the Pod stays Terminating).
    const recording = decodeRecording(link);
    const forced = recording.ops.findIndex((op) => op[0] === 'd' && op.length === 5);
    expect(recording.ops[forced]).toEqual(['d', 'Pod', 'default', name, 0]);
    const old = { ...recording, ops: recording.ops.filter((_, i) => i !== forced) };
    expect(podNamed(deserializeSimulation(encodeRecording(old)), name)?.status).toBe('Terminating');
  });
});
