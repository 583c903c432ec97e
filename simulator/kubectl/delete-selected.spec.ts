import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { runKubectl } from './index.ts';

const files = {
  'web.yaml': readFileSync(new URL('../../test/fixtures/simulator/web-app.yaml', import.meta.url), 'utf8'),
};

describe('delete -l', () => {
  it('deletes every object of the type whose labels match, and only those', () => {
    const sim = createSimulation({ seed: 1 });
    runKubectl(sim, 'apply -f web.yaml', files);
    runKubectl(sim, 'run probe --image=busybox');
    sim.settle();
    const web = runKubectl(sim, 'get pods -l app=web -o name').stdout.split('\n').filter(Boolean);
    expect(web).toHaveLength(3);
    const deleted = runKubectl(sim, 'delete pod -l app=web --wait=false');
    expect(deleted.exitCode).toBe(0);
    expect(deleted.stdout).toBe(web.map((p) => `pod "${p.replace('pod/', '')}" deleted\n`).join(''));
    expect(runKubectl(sim, 'get pod probe -o name').stdout).toBe('pod/probe\n');
    expect(runKubectl(sim, 'get deploy web -o name').stdout).toBe('deployment.apps/web\n');
  });

  it('says so when nothing matched, and refuses what kubectl refuses', () => {
    const sim = createSimulation({ seed: 1 });
    expect(runKubectl(sim, 'delete pods -l app=none')).toEqual({
      stdout: 'No resources found\n',
      stderr: '',
      exitCode: 0,
    });
    expect(runKubectl(sim, 'delete -l app=none').stderr).toBe(
      'error: at least one resource must be specified to use a selector\n',
    );
    expect(runKubectl(sim, 'delete pod x -l app=none').stderr).toBe(
      'error: name cannot be provided when a selector is specified\n',
    );
    // With -f kubectl filters the file's objects; the console does not, and says so.
    expect(runKubectl(sim, 'delete -f web.yaml -l app=web', files, 'es').stderr).toMatch(
      /^error: el simulador no implementa --selector de «kubectl delete -f»/,
    );
  });
});
