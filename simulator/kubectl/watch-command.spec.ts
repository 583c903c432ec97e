import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../index.ts';
import { runKubectl } from './index.ts';
import { attachKubeApi, CONSOLE_EPOCH_MS, KubeApi, kubeApiOf } from '../kube-api/kube-api.ts';
import { settledSimulation, webDeployment } from '../../test/simulator/cluster-fixture.ts';

/** Deployment `web` with one replica, applied and settled. */
const settledWeb = (): Simulation => settledSimulation({ seed: 3 }, webDeployment({ container: 'nginx' }));

/** Once a watch has stopped or finished, scaling `web` and running the clock must print nothing more. */
function expectNothingMore(sim: Simulation, seen: string[], replicas: number, ms: number): void {
  const before = seen.length;
  sim.scale('default', 'web', replicas);
  sim.advance(ms);
  expect(seen.length).toBe(before);
}

describe('console get -w', () => {
  it('streams the rows that change as the clock runs, and stops when asked', () => {
    const sim = settledWeb();
    const result = runKubectl(sim, 'get pods -w');
    expect(result.stdout).toMatch(/^NAME\s+READY\s+STATUS/);
    const seen: string[] = [];
    const stop = result.watch!((text) => seen.push(text));
    sim.scale('default', 'web', 2);
    sim.advance(5_000);
    expect(seen.join('')).toMatch(/web-\S+\s+0\/1\s+ContainerCreating/);
    expect(seen.join('')).toMatch(/web-\S+\s+1\/1\s+Running/);
    stop();
    expectNothingMore(sim, seen, 3, 5_000);
  });

  it('is absent for commands that do not watch', () => {
    const sim = createSimulation({ seed: 3 });
    expect(runKubectl(sim, 'get pods').watch).toBeUndefined();
  });
});

describe('console logs -f', () => {
  it('prints the log and follows it until another command, or until the container restarts', () => {
    const sim = settledWeb();
    const pod = sim.snapshot().pods.find((p) => p.name.startsWith('web-'))!.name;
    const api = kubeApiOf(sim);
    const watchers = api.watcherCount;
    const result = runKubectl(sim, `logs -f ${pod}`);
    expect(result).toMatchObject({ exitCode: 0, stdout: expect.stringContaining(`started in ${pod}`) });
    const stop = result.watch!(() => undefined);
    sim.advance(5_000);
    expect(api.watcherCount).toBe(watchers + 1);
    stop();
    expect(api.watcherCount).toBe(watchers);
    // A restart ends the stream on its own, as kubelet closes it when the container exits.
    runKubectl(sim, `logs ${pod} --follow`).watch!(() => undefined);
    expect(api.watcherCount).toBe(watchers + 1);
    expect(sim.killPod('default', pod).ok).toBe(true);
    sim.advance(1_000);
    expect(api.watcherCount).toBe(watchers);
    expect(runKubectl(sim, 'logs -f').stderr).toMatch(/^error: expected 'logs \[-f\] \[-p\]/);
  });

  it("rebuilds no API object while other Pods change: only its own Pod's change is looked at", () => {
    // The view rebuilds every object of the cluster (26,000 on the 5,000-node scenario); a stream that
    // refreshed it on every tick paid that for each change anywhere in the cluster.
    class CountingView extends KubeApi {
      builds = 0;
      protected override changedSinceBuild(...args: Parameters<KubeApi['changedSinceBuild']>): boolean {
        const changed = super.changedSinceBuild(...args);
        if (changed) this.builds++;
        return changed;
      }
    }
    const sim = settledWeb();
    const view = new CountingView(sim, { epochMs: CONSOLE_EPOCH_MS });
    attachKubeApi(sim, view);
    const pod = sim.snapshot().pods.find((p) => p.name.startsWith('web-'))!.name;
    const seen: string[] = [];
    const stop = runKubectl(sim, `logs -f ${pod}`).watch!((text) => seen.push(text));
    const builds = view.builds;
    sim.scale('default', 'web', 3);
    for (let tick = 0; tick < 50; tick++) sim.advance(100);
    expect(sim.snapshot().pods.filter((p) => p.name.startsWith('web-') && p.ready)).toHaveLength(3);
    expect(view.builds).toBe(builds);
    expect(view.watcherCount).toBe(1);
    // Its own Pod's restart still ends the stream.
    expect(sim.killPod('default', pod).ok).toBe(true);
    sim.advance(1_000);
    expect(view.watcherCount).toBe(0);
    stop();
    expect(seen).toEqual([]);
  });

  it('reads --follow=false as pflag does: the flag off, the log printed once', () => {
    const sim = settledWeb();
    const pod = sim.snapshot().pods.find((p) => p.name.startsWith('web-'))!.name;
    const once = runKubectl(sim, `logs ${pod} --follow=false`);
    expect(once).toMatchObject({ exitCode: 0, stdout: expect.stringContaining(`started in ${pod}`) });
    expect(once.watch).toBeUndefined();
    expect(runKubectl(sim, `logs ${pod} --follow=true`).watch).toBeTypeOf('function');
  });
});

describe('console rollout status', () => {
  it('waits as kubectl does: prints each new state as the clock runs, ending with the rollout done', () => {
    const sim = settledWeb();
    sim.scale('default', 'web', 3);
    const result = runKubectl(sim, 'rollout status deploy/web');
    expect(result.stdout).toMatch(
      /^Waiting for deployment "web" rollout to finish: 1 of 3 updated replicas are available/,
    );
    const seen: string[] = [];
    result.watch!((text) => seen.push(text));
    sim.advance(60_000);
    expect(seen.at(-1)).toBe('deployment "web" successfully rolled out\n');
    expectNothingMore(sim, seen, 1, 60_000);
  });

  it('does not wait for a rollout that is done', () => {
    const result = runKubectl(settledWeb(), 'rollout status deploy/web');
    expect(result).toEqual({ stdout: 'deployment "web" successfully rolled out\n', stderr: '', exitCode: 0 });
  });
});
