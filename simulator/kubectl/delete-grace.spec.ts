/**
 * `kubectl delete --grace-period / --force / --now` in the console: kubectl v1.32's conversions, refusals,
 * warning and `force deleted` line (test/kubectl-diff/commands.txt checks the same against the real
 * kubectl), and what each does to a Pod on a node that is down.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenarios/parse-scenario.ts';
import { createScenarioSimulation } from '../scenarios/scenario-simulation.ts';
import { IMMEDIATE_DELETION_WARNING } from './delete-grace.ts';
import { runKubectl } from './run-kubectl.ts';

/** node-failure with agent-1 failed long enough for its node to be NotReady. */
function failedNode() {
  const read = (file: string): string =>
    readFileSync(new URL(`../scenarios/${file}`, import.meta.url), 'utf8');
  const sim = createScenarioSimulation(parseScenario('node-failure', read('node-failure.yaml'), read));
  sim.settle();
  const onAgent = sim.snapshot().pods.find((p) => p.namespace === 'default' && p.nodeName === 'agent-1')!;
  sim.failNode('agent-1');
  for (let i = 0; i < 70; i++) sim.advance(1_000);
  return { sim, pod: onAgent.name };
}

const status = (sim: ReturnType<typeof failedNode>['sim'], name: string) =>
  sim.snapshot().pods.find((p) => p.name === name)?.status;

describe('kubectl delete --grace-period/--force', () => {
  it('force-deletes a Pod stuck Terminating on a dead node, with the warning on stderr', () => {
    const { sim, pod } = failedNode();
    expect(runKubectl(sim, `delete pod ${pod} --wait=false`).stdout).toBe(`pod "${pod}" deleted\n`);
    for (let i = 0; i < 10; i++) sim.advance(1_000);
    expect(status(sim, pod)).toBe('Terminating');
    expect(runKubectl(sim, `delete pod ${pod} --grace-period=0 --force`)).toEqual({
      stdout: `pod "${pod}" force deleted\n`,
      stderr: IMMEDIATE_DELETION_WARNING,
      exitCode: 0,
    });
    expect(status(sim, pod)).toBeUndefined();
    expect(runKubectl(sim, `get pod ${pod}`).stderr).toBe(
      `Error from server (NotFound): pods "${pod}" not found\n`,
    );
  });

  it('turns --grace-period=0 without --force into a graceful delete, and --force alone into 0', () => {
    const { sim, pod } = failedNode();
    expect(runKubectl(sim, `delete pod ${pod} --grace-period=0 --wait=false`).stdout).toBe(
      `pod "${pod}" deleted\n`,
    );
    expect(status(sim, pod)).toBe('Terminating');
    expect(runKubectl(sim, `delete pod ${pod} --force`).stdout).toBe(`pod "${pod}" force deleted\n`);
    expect(status(sim, pod)).toBeUndefined();
  });

  it('refuses what kubectl refuses, before deleting anything', () => {
    const { sim, pod } = failedNode();
    expect(runKubectl(sim, `delete pod ${pod} --force --grace-period=5`)).toEqual({
      stdout: '',
      stderr: 'error: --force and --grace-period greater than 0 cannot be specified together\n',
      exitCode: 1,
    });
    expect(runKubectl(sim, `delete pod ${pod} --now --grace-period=0`).stderr).toBe(
      'error: --now and --grace-period cannot be specified together\n',
    );
    expect(runKubectl(sim, `delete pod ${pod} --grace-period=soon`).stderr).toMatch(
      /^Error: invalid argument "soon" for "--grace-period" flag: strconv.ParseInt/,
    );
    expect(status(sim, pod)).toBe('Running');
  });

  it('prints force deleted for kinds without graceful deletion, which go as they always do', () => {
    const { sim } = failedNode();
    expect(runKubectl(sim, 'create cm forced').exitCode).toBe(0);
    expect(runKubectl(sim, 'delete cm forced --force').stdout).toBe('configmap "forced" force deleted\n');
    expect(runKubectl(sim, 'get cm forced').exitCode).toBe(1);
  });
});
