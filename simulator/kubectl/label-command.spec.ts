/**
 * `kubectl label pod`: the label reaches the Pod (it used to print "labeled" and change nothing), and a
 * ReplicaSet's Pod relabelled out of its selector is released as the ReplicaSet controller does: an
 * orphan without ownerReferences, out of the Service's endpoints, replaced by a new Pod, and never part
 * of the student's manifests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenarios/parse-scenario.ts';
import { createScenarioSimulation } from '../scenarios/scenario-simulation.ts';
import { runKubectl } from './run-kubectl.ts';

function scenario(id: string) {
  const read = (file: string): string =>
    readFileSync(new URL(`../scenarios/${file}`, import.meta.url), 'utf8');
  const sim = createScenarioSimulation(parseScenario(id, read(`${id}.yaml`), read));
  sim.settle();
  const kubectl = (line: string): string => {
    const result = runKubectl(sim, line);
    expect(result.exitCode, result.stderr).toBe(0);
    return result.stdout;
  };
  return { sim, kubectl };
}

describe('kubectl label pod', () => {
  it('adds and removes a bare Pod’s labels', () => {
    const { sim, kubectl } = scenario('pod-lifecycle');
    expect(kubectl('label pod nginx tier=web')).toBe('pod/nginx labeled\n');
    sim.advance(1_000);
    expect(kubectl('get pod nginx -o jsonpath={.metadata.labels}')).toBe('{"app":"nginx","tier":"web"}');
    expect(kubectl('label pod nginx app-')).toBe('pod/nginx unlabeled\n');
    expect(kubectl('get pod nginx -o jsonpath={.metadata.labels}')).toBe('{"tier":"web"}');
  });

  it('releases a ReplicaSet’s Pod relabelled out of its selector; the ReplicaSet replaces it', () => {
    const { sim, kubectl } = scenario('clusterip');
    const before = sim.snapshot().pods.filter((p) => p.name.startsWith('my-app-'));
    expect(before).toHaveLength(1);
    const pod = before[0]!.name;
    kubectl(`label pod ${pod} app=quarantine --overwrite`);
    sim.advance(5_000);
    expect(kubectl(`get pod ${pod} -o jsonpath={.metadata.labels.app}`)).toBe('quarantine');
    expect(kubectl(`get pod ${pod} -o jsonpath={.metadata.ownerReferences}`)).toBe('');
    const mine = sim.snapshot().pods.filter((p) => p.name.startsWith('my-app-') && p.name !== pod);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.phase).toBe('Running');
    const endpoints = kubectl('get endpoints my-app -o jsonpath={.subsets[*].addresses[*].ip}');
    expect(endpoints.split(' ')).toEqual([mine[0]!.ip]);
    expect(sim.exportYaml()).not.toContain(pod);
  });

  it('keeps a ReplicaSet’s Pod that still matches its selector', () => {
    const { sim, kubectl } = scenario('clusterip');
    const pod = sim.snapshot().pods.find((p) => p.name.startsWith('my-app-'))!.name;
    kubectl(`label pod ${pod} tier=web`);
    sim.advance(5_000);
    expect(kubectl(`get pod ${pod} -o jsonpath={.metadata.ownerReferences[0].kind}`)).toBe('ReplicaSet');
    expect(sim.snapshot().pods.filter((p) => p.name.startsWith('my-app-'))).toHaveLength(1);
  });
});
