import { describe, expect, it } from 'vitest';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';
import { UNSCHEDULABLE_PODS } from '../../test/simulator/object-build-fixture.ts';
import type { Simulation } from '../api-types.ts';
import { simulationInternals } from '../model/simulation-internals.ts';
import { CONSOLE_EPOCH_MS, KubeApi } from './kube-api.ts';
import { buildAllObjects } from './kube-objects.ts';
import { Generations, keyOf } from './object-build.ts';
import type { Json } from './object-meta.ts';

/**
 * The store the API view kept before it stored new objects as copies: every object as its JSON text, a
 * resourceVersion for each new or changed text, served parsed. The oracle for the view's objects, numbers
 * and watch events.
 */
class TextStore {
  private entries = new Map<string, { text: string; rv: number }>();
  private readonly generations = new Generations();
  private readonly deletions = new Map<string, number>();
  revision = 1;

  /** Builds every object from the simulation as it is now; returns the watch events (type, key, rv). */
  build(sim: Simulation): string[] {
    const internals = simulationInternals(sim);
    const ctx = {
      epochMs: CONSOLE_EPOCH_MS,
      snapshot: internals.snapshot,
      state: internals.state,
      manifests: internals.manifests,
      deletionMs: (key: string): number => {
        let at = this.deletions.get(key);
        if (at === undefined) this.deletions.set(key, (at = internals.snapshot.timeMs + 30_000));
        return at;
      },
    };
    const next = new Map<string, { text: string; rv: number }>();
    const events: string[] = [];
    for (const [resource, objects] of buildAllObjects(ctx))
      for (const raw of objects) {
        const key = keyOf(resource, raw);
        this.generations.stamp(resource, raw);
        const text = JSON.stringify(raw);
        const before = this.entries.get(key);
        if (before?.text === text) next.set(key, before);
        else {
          next.set(key, { text, rv: ++this.revision });
          events.push(`${before ? 'MODIFIED' : 'ADDED'} ${key} ${this.revision}`);
        }
      }
    for (const key of this.entries.keys())
      if (!next.has(key)) events.push(`DELETED ${key} ${++this.revision}`);
    this.entries = next;
    for (const key of this.deletions.keys()) if (!next.has(`pods/${key}`)) this.deletions.delete(key);
    return events;
  }

  /** Every object as served, by key. */
  served(): Map<string, Json> {
    const out = new Map<string, Json>();
    for (const [key, { text, rv }] of this.entries) {
      const object = JSON.parse(text) as Json;
      (object.metadata as Json).resourceVersion = String(rv);
      out.set(key, object);
    }
    return out;
  }
}

/** A view that rebuilds at every read, whether or not the simulation counted a change. */
class EveryReadView extends KubeApi {
  protected override changedSinceBuild(): boolean {
    return true;
  }
}

/** Every object the view serves, by key (undefined fields and all: a printout may show them). */
function servedBy(view: KubeApi, keys: Iterable<string>): Map<string, Json | undefined> {
  const out = new Map<string, Json | undefined>();
  for (const key of keys) {
    const [resource, namespace, name] = key.split('/') as [string, string, string];
    const object = view.get(resource, namespace || null, name);
    out.set(key, object);
  }
  return out;
}

describe('objects stored as copies (their JSON text written only when a later build compares)', () => {
  // A copy wrongly made (an undefined field kept, a key moved, a Pod's spec shared with another Pod's), or
  // a text written later from an object that changed since its build, serves other objects or numbers other
  // resourceVersions than a store of texts does; this walks builds through changes of every sort.
  it('serve what a store of JSON texts serves, with the same resourceVersions and watch events', () => {
    const sim = settledSimulation({ seed: 6 }, webDeployment({ replicas: 3, containerPorts: [80] }));
    const view = new EveryReadView(sim, { epochMs: CONSOLE_EPOCH_MS });
    const oracle = new TextStore();
    const firstEvents = oracle.build(sim);
    const web = (): string => sim.snapshot().pods.find((p) => p.name.startsWith('web-'))!.name;
    const template = (): Json =>
      [...simulationInternals(sim).state.replicaSets.values()].find((rs) => rs.name.startsWith('web-'))!
        .template.spec as Json;
    const steps: Array<[string, () => unknown]> = [
      // Something that edits the state in place, without a manifest or a counted change: the Pods stored as
      // copies by the first build must still compare as they were when built, so each Pod it changed is
      // MODIFIED at a new resourceVersion.
      ['template edited in place', () => ((template().containers as Json[])[0]!.image = 'nginx:1.28')],
      ['scale up', () => sim.scale('default', 'web', 5)],
      // Pods no node takes (Pending, Unschedulable with the scheduler's reason), one of them not ready.
      ['unbound Pods', () => sim.apply(UNSCHEDULABLE_PODS, 'unbound.yaml')],
      ['a node fails', () => sim.failNode(sim.snapshot().nodes.at(-1)!.name)],
      // Its Pods turn not ready while the others, started with them, stay ready.
      ['the failure is noticed', () => sim.advance(60_000)],
      ['clock', () => sim.advance(2_000)],
      ['kill a Pod', () => sim.killPod('default', web())],
      ['settle', () => sim.settle()],
      ['delete a Pod', () => sim.delete('Pod', 'default', web())],
      ['scale down', () => sim.scale('default', 'web', 1)],
      ['settle again', () => sim.settle()],
    ];
    // The first build: every object ADDED, numbered in build order.
    expect(view.history.after(1)).toHaveLength(Math.min(2000, firstEvents.length));
    let checked = 0;
    for (const [what, step] of [['first build', () => undefined] as [string, () => unknown], ...steps]) {
      const from = Number(view.resourceVersion);
      step();
      const events = what === 'first build' ? firstEvents : oracle.build(sim);
      view.refresh();
      const seen = view.history.after(from);
      if (what !== 'first build') {
        expect(
          'tooOld' in seen
            ? seen
            : seen.map(
                (e) =>
                  `${e.type} ${keyOf(e.resource, e.object)} ${String((e.object.metadata as Json).resourceVersion)}`,
              ),
          what,
        ).toEqual(events);
        if (what === 'template edited in place')
          expect(events.filter((e) => e.startsWith('MODIFIED pods/default/web-')).length).toBeGreaterThan(0);
      }
      const expected = oracle.served();
      expect(servedBy(view, expected.keys()), what).toStrictEqual(expected);
      expect(view.resourceVersion, what).toBe(String(oracle.revision));
      checked += expected.size;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
