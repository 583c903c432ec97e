import { describe, expect, it } from 'vitest';
import { createSimulation } from '../index.ts';
import { runKubectl } from './index.ts';

describe('logs --previous', () => {
  it('is kubelet’s BadRequest before a restart, and the previous run’s log after one', () => {
    const sim = createSimulation({ seed: 1 });
    runKubectl(sim, 'run web --image=nginx');
    sim.settle();
    expect(runKubectl(sim, 'logs web -p')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): previous terminated container "web" in pod "web" not found\n',
      exitCode: 1,
    });
    const current = runKubectl(sim, 'logs web').stdout;
    expect(current).toMatch(/^\[faaslab-sim\] nginx started in web on /);
    expect(sim.killPod('default', 'web').ok).toBe(true);
    sim.settle();
    expect(
      runKubectl(sim, 'get pod web -o jsonpath={.status.containerStatuses[0].restartCount}').stdout,
    ).toBe('1');
    const previous = runKubectl(sim, 'logs web --previous');
    expect(previous).toEqual({ stdout: current, stderr: '', exitCode: 0 });
    // The previous run has ended: -f prints it and follows nothing.
    expect(runKubectl(sim, 'logs web -p -f').watch).toBeUndefined();
  });
});
