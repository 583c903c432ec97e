import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: nginx, image: nginx:1.27}]}
`;

describe('console get -w', () => {
  it('streams the rows that change as the clock runs, and stops when asked', () => {
    const sim = createSimulation({ seed: 3 });
    sim.apply(DEPLOYMENT, 'web.yaml');
    sim.settle();
    const result = sim.kubectl('get pods -w');
    expect(result.stdout).toMatch(/^NAME\s+READY\s+STATUS/);
    const seen: string[] = [];
    const stop = result.watch!((text) => seen.push(text));
    sim.scale('default', 'web', 2);
    sim.advance(5_000);
    expect(seen.join('')).toMatch(/web-\S+\s+0\/1\s+ContainerCreating/);
    expect(seen.join('')).toMatch(/web-\S+\s+1\/1\s+Running/);
    stop();
    const before = seen.length;
    sim.scale('default', 'web', 3);
    sim.advance(5_000);
    expect(seen.length).toBe(before);
  });

  it('is absent for commands that do not watch', () => {
    const sim = createSimulation({ seed: 3 });
    expect(sim.kubectl('get pods').watch).toBeUndefined();
  });
});

describe('console rollout status', () => {
  it('waits as kubectl does: prints each new state as the clock runs, ending with the rollout done', () => {
    const sim = createSimulation({ seed: 3 });
    sim.apply(DEPLOYMENT, 'web.yaml');
    sim.settle();
    sim.scale('default', 'web', 3);
    const result = sim.kubectl('rollout status deploy/web');
    expect(result.stdout).toMatch(
      /^Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available/,
    );
    const seen: string[] = [];
    result.watch!((text) => seen.push(text));
    sim.advance(60_000);
    expect(seen.at(-1)).toBe('deployment "web" successfully rolled out\n');
    const done = seen.length;
    sim.scale('default', 'web', 1);
    sim.advance(60_000);
    expect(seen.length).toBe(done);
  });

  it('does not wait for a rollout that is done', () => {
    const sim = createSimulation({ seed: 3 });
    sim.apply(DEPLOYMENT, 'web.yaml');
    sim.settle();
    const result = sim.kubectl('rollout status deploy/web');
    expect(result).toEqual({ stdout: 'deployment "web" successfully rolled out\n', stderr: '', exitCode: 0 });
  });
});
