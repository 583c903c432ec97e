import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Simulation } from '../api-types.ts';
import { createScenarioSimulation } from '../scenarios/scenario-simulation.ts';
import { parseScenario } from '../scenarios/parse-scenario.ts';
import { CONSOLE_EPOCH_MS, KubeApi } from './kube-api.ts';
import { OBJECT_BUILDERS } from './kube-objects.ts';
import { runKubectl } from '../kubectl/run-kubectl.ts';
import { simulationInternals } from '../model/simulation-internals.ts';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';
import { podObject } from './pod-object.ts';

// Counts the Pods each build makes (the real builder still runs): a kept Pod is not built at all.
vi.mock('./pod-object.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./pod-object.ts')>();
  return { ...actual, podObject: vi.fn(actual.podObject) };
});
const builtPods = vi.mocked(podObject);

const dir = new URL('../scenarios/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, dir), 'utf8');
const scenario = (id: string): Simulation =>
  createScenarioSimulation(parseScenario(id, read(`${id}.yaml`), read));

/** Every object the view serves, by resource, as JSON texts (resourceVersions included). */
function served(api: KubeApi): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const resource of Object.keys(OBJECT_BUILDERS))
    out[resource] = api.list(resource, null).map((o) => JSON.stringify(o));
  return out;
}

/** A view that rebuilds all its objects at every read, as the API view did before it kept them. */
class RebuildingView extends KubeApi {
  protected override readonly keepsUnchangedObjects = false;
  protected override changedSinceBuild(): boolean {
    return true;
  }
}

/** The kept view, counting the reads where it found nothing changed and kept its last build. */
class CountingView extends KubeApi {
  skipped = 0;
  protected override changedSinceBuild(...args: Parameters<KubeApi['changedSinceBuild']>): boolean {
    const changed = super.changedSinceBuild(...args);
    if (!changed) this.skipped++;
    return changed;
  }
}

/** A namespace holding ConfigMaps: deleting it removes them with it. */
const TEAM = `apiVersion: v1
kind: Namespace
metadata:
  name: team
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: one
  namespace: team
data: {a: b}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: two
  namespace: team
data: {c: d}
`;

/** A Pod whose container exits after 3 s, again after each restart (CrashLoopBackOff's back-off). */
const CRASHING = `apiVersion: v1
kind: Pod
metadata:
  name: crashing
  annotations:
    sim.faaslab.dev/crash-after: 3s
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

describe('the API view keeps its objects while nothing changes', () => {
  // The view skips its rebuild when the cluster's version and event log are as at its last build; a state
  // change that moved neither (a timer that forgot to count its change) would leave it serving old
  // objects. Each scenario ticks through crash loops, probes, node failures and rollouts, and after every
  // step the kept view must serve what a view built from scratch serves.
  it.each(['pod-lifecycle', 'node-failure', 'capstone'])(
    '%s: after each step, the same objects and resourceVersions as a view that rebuilds',
    (id) => {
      const sim = scenario(id);
      const kept = new CountingView(sim, { epochMs: CONSOLE_EPOCH_MS });
      const rebuilt = new RebuildingView(sim, { epochMs: CONSOLE_EPOCH_MS });
      const deployment = sim.snapshot().deployments[0];
      const lastNode = (): string => sim.snapshot().nodes.at(-1)!.name;
      const pinnedTo = (node: string): string =>
        `apiVersion: v1\nkind: Pod\nmetadata:\n  name: pinned\n  generateName: pin-\nspec:\n  nodeName: ${node}\n  containers: [{ name: web, image: nginx:1.27 }]\n`;
      const steps: Array<() => void> = [
        () => sim.advance(100),
        // Timers then start, crash and restart the new Pods: changes made by the clock alone.
        () => deployment && sim.scale(deployment.namespace, deployment.name, deployment.replicas + 2),
        () => sim.apply(CRASHING, 'crashing.yaml'),
        () => sim.advance(100),
        () => sim.advance(400),
        () => sim.advance(1_000),
        () => sim.advance(2_000),
        () => sim.advance(1_000),
        () => sim.advance(1_000),
        () => sim.advance(7_000),
        () => sim.advance(30_000),
        () => sim.settle(),
        () => sim.advance(1_000),
        () => sim.advance(300_000),
        // Changes made through other doors than a manifest or the clock.
        () =>
          runKubectl(
            sim,
            `label pod ${sim.snapshot().pods[0]!.name} -n ${sim.snapshot().pods[0]!.namespace} tier=x`,
          ),
        () => sim.apply(TEAM, 'team.yaml'),
        () => sim.settle(),
        () => sim.delete('Namespace', '', 'team'),
        () => sim.advance(60_000),
        () => sim.cordon(sim.snapshot().nodes[0]!.name),
        () => sim.setIngressMode('traefik'),
        () => sim.setIngressMode('conformant'),
        () => sim.addImage('registry.local/shop:1'),
        () => sim.advance(1_000),
        // A Pod bound to a node whose kubelet went silent (Pending, no statuses), admitted when it returns;
        // written with generateName, which the stored object keeps.
        () => sim.failNode(lastNode()),
        () => sim.apply(pinnedTo(lastNode()), 'pinned.yaml'),
        () => sim.advance(5_000),
        () => sim.recoverNode(lastNode()),
        () => sim.advance(5_000),
      ];
      for (const step of steps) {
        step();
        expect(served(kept)).toEqual(served(rebuilt));
      }
      // The kept view did keep its build on some reads (a cluster at rest): without that the check above
      // would compare two views that both rebuild, and prove nothing.
      expect(kept.skipped).toBeGreaterThan(0);
    },
  );
});

/** A Pod written directly, with what a re-apply may change alone: its annotations and its generateName. */
const solo = (meta: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\n${meta}spec:\n  containers: [{ name: app, image: nginx:1.27 }]\n`;

describe('a change to one Pod', () => {
  // A served object equal to the last one keeps its stored entry either way, so only the builds tell
  // whether the other Pods were kept: were their inputs ignored (or random), every Pod would be built.
  it('builds that Pod alone, and serves what a view that rebuilds serves', () => {
    const sim = settledSimulation({ seed: 4 }, webDeployment({ replicas: 3 }));
    sim.apply(solo(''), 'solo.yaml');
    sim.settle();
    const kept = new KubeApi(sim, { epochMs: CONSOLE_EPOCH_MS });
    const rebuilt = new RebuildingView(sim, { epochMs: CONSOLE_EPOCH_MS });
    const web = sim.snapshot().pods.find((p) => p.name.startsWith('web-'))!.name;
    // The first build notes no inputs; this second one notes every Pod's.
    sim.scale('default', 'web', 4);
    sim.settle();
    expect(served(kept)).toEqual(served(rebuilt));
    const steps: Array<[pod: string, step: () => unknown]> = [
      ['solo', () => sim.apply(solo('  annotations: {x: "1"}\n'), 'solo.yaml')],
      // The kubelet restarts a killed container: that Pod's statuses and restarts change, no other Pod's.
      [web, () => sim.killPod('default', web)],
      // A re-apply that changes the annotations alone, then the generateName alone (the stored object
      // keeps the generateName it was written with).
      ['solo', () => sim.apply(solo('  annotations: {x: "2"}\n'), 'solo.yaml')],
      ['solo', () => sim.apply(solo('  annotations: {x: "2"}\n  generateName: so-\n'), 'solo.yaml')],
      ['solo', () => sim.apply(solo('  annotations: {x: "2"}\n  generateName: lo-\n'), 'solo.yaml')],
    ];
    for (const [pod, step] of steps) {
      builtPods.mockClear();
      step();
      const served1 = served(kept);
      expect(
        builtPods.mock.calls.map(([, state]) => state.name),
        `${steps.findIndex((s) => s[1] === step)}`,
      ).toEqual([pod]);
      expect(served1).toEqual(served(rebuilt));
    }
    expect(kept.get('pods', 'default', 'solo')?.metadata).toMatchObject({ generateName: 'lo-' });
  });
});

describe('a tick of the clock that changes nothing', () => {
  // A watch (`get -w`, `logs -f`) refreshes the view from the simulation's listener, on every tick of the
  // page's clock. The simulation used to count each tick as a change and take it back only after its
  // listeners had run, so a listener saw the version move on every tick and the view rebuilt all of its
  // objects on every other tick of a cluster at rest (seconds of CPU each on 5,000 nodes).
  it('moves no version, so a view refreshed by each tick keeps its build', () => {
    const sim = settledSimulation({ seed: 3 }, webDeployment({ container: 'nginx' }));
    const view = new CountingView(sim, { epochMs: CONSOLE_EPOCH_MS });
    const version = simulationInternals(sim).version;
    const seen: number[] = [];
    const stop = sim.subscribe(() => {
      seen.push(simulationInternals(sim).version);
      view.refresh();
    });
    for (let tick = 0; tick < 10; tick++) sim.advance(100);
    stop();
    expect(seen).toEqual(Array.from({ length: 10 }, () => version));
    expect(view.skipped).toBe(10);
    // A change still counts: the next tick after a scale rebuilds.
    sim.scale('default', 'web', 2);
    view.refresh();
    expect(view.skipped).toBe(10);
  });
});
