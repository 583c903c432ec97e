import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { resolveFenceposts } from './deployment-controller.ts';

const web = readFileSync(new URL('../../test/fixtures/simulator/web-app.yaml', import.meta.url), 'utf8');

describe('resolveFenceposts (25 % defaults)', () => {
  it.each([
    [3, 1, 0],
    [4, 1, 1],
    [10, 3, 2],
    [1, 1, 0],
  ])('replicas %i → surge %i, unavailable %i', (replicas, surge, unavailable) => {
    expect(resolveFenceposts(replicas, '25%', '25%')).toEqual({ surge, unavailable });
  });

  it('never resolves both to zero', () => {
    expect(resolveFenceposts(3, 0, 0)).toEqual({ surge: 0, unavailable: 1 });
  });
});

describe('Deployment rolling update', () => {
  it('replaces pods one at a time for 3 replicas, never below 3 ready nor above 4 pods', () => {
    const sim = createSimulation({ seed: 4 });
    sim.apply(web, 'web.yaml');
    sim.settle();
    sim.setImage('default', 'web', 'web', 'nginx:1.28');
    let maxPods = 0;
    let minReady = Infinity;
    for (let t = 0; t < 30; t++) {
      sim.advance(500);
      const pods = sim.snapshot().pods.filter((p) => p.labels.app === 'web' && p.status !== 'Terminating');
      maxPods = Math.max(maxPods, pods.length);
      minReady = Math.min(minReady, pods.filter((p) => p.ready).length);
    }
    expect(maxPods).toBe(4);
    expect(minReady).toBe(3);
    const snap = sim.snapshot();
    expect(snap.deployments.find((d) => d.name === 'web')).toMatchObject({
      replicas: 3,
      readyReplicas: 3,
      updatedReplicas: 3,
      revision: 2,
      images: ['nginx:1.28'],
    });
    const sets = snap.replicaSets
      .filter((rs) => rs.owner === 'web')
      .map((rs) => [rs.revision, rs.replicas])
      .sort();
    expect(sets).toEqual([
      [1, 0],
      [2, 3],
    ]);
  });

  it('rolls back to the previous template, which becomes the newest revision', () => {
    const sim = createSimulation({ seed: 4 });
    sim.apply(web, 'web.yaml');
    sim.settle();
    sim.setImage('default', 'web', 'web', 'nginx:1.28');
    sim.settle();
    expect(sim.rollback('default', 'web').ok).toBe(true);
    sim.settle();
    const snap = sim.snapshot();
    expect(snap.deployments.find((d) => d.name === 'web')).toMatchObject({
      images: ['nginx:1.27'],
      revision: 3,
      readyReplicas: 3,
    });
    expect(sim.exportYaml()).toContain('image: nginx:1.27');
  });

  it('Recreate stops every old pod before starting new ones', () => {
    const sim = createSimulation({ seed: 4 });
    sim.apply(web.replace('  replicas: 3\n', '  replicas: 3\n  strategy: {type: Recreate}\n'), 'web.yaml');
    sim.settle();
    sim.setImage('default', 'web', 'web', 'nginx:1.28');
    let mixed = false;
    for (let t = 0; t < 20; t++) {
      sim.advance(250);
      const images = new Set(
        sim
          .snapshot()
          .pods.filter((p) => p.labels.app === 'web')
          .map((p) => p.containers[0]!.image),
      );
      if (images.size > 1) mixed = true;
    }
    expect(mixed).toBe(false);
    expect(sim.snapshot().deployments.find((d) => d.name === 'web')!.readyReplicas).toBe(3);
  });

  it('keeps revisionHistoryLimit old ReplicaSets', () => {
    const sim = createSimulation({ seed: 4 });
    sim.apply(web.replace('  replicas: 3\n', '  replicas: 1\n  revisionHistoryLimit: 2\n'), 'web.yaml');
    for (let i = 0; i < 5; i++) {
      sim.setImage('default', 'web', 'web', `nginx:1.${25 + i}`);
      sim.settle();
    }
    expect(sim.snapshot().replicaSets.filter((rs) => rs.owner === 'web')).toHaveLength(3);
  });
});
