import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { runKubectl } from './index.ts';

const files = {
  'web.yaml': readFileSync(new URL('../../test/fixtures/simulator/web-app.yaml', import.meta.url), 'utf8'),
};

describe('rollout restart', () => {
  it('stamps the Pod template, so a new ReplicaSet replaces every Pod', () => {
    const sim = createSimulation({ seed: 1 });
    runKubectl(sim, 'apply -f web.yaml', files);
    sim.settle();
    const before = runKubectl(sim, 'get pods -l app=web -o name').stdout;
    expect(runKubectl(sim, 'rollout restart deployment/web')).toEqual({
      stdout: 'deployment.apps/web restarted\n',
      stderr: '',
      exitCode: 0,
    });
    const stamped = runKubectl(
      sim,
      'get deploy web -o jsonpath={.spec.template.metadata.annotations}',
    ).stdout;
    expect(stamped).toMatch(/^\{"kubectl\.kubernetes\.io\/restartedAt":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"\}$/);
    sim.settle();
    expect(runKubectl(sim, 'get rs -l app=web -o name').stdout.split('\n').filter(Boolean)).toHaveLength(2);
    const after = runKubectl(sim, 'get pods -l app=web -o name').stdout.split('\n').filter(Boolean);
    expect(after).toHaveLength(3);
    for (const pod of after) expect(before).not.toContain(pod);
  });

  it('names the rollout subcommands the console does not run, in the page language', () => {
    const sim = createSimulation({ seed: 1 });
    expect(runKubectl(sim, 'rollout pause deploy/web', {}, 'es').stderr).toMatch(
      /^error: esta consola no ejecuta «kubectl rollout pause»/,
    );
  });
});
