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
