import { describe, expect, it } from 'vitest';
import { requestFromUrl } from '../../simulator/index.ts';
import {
  SCALING_LABELS,
  createOpenFaaS,
  desiredReplicas,
  readScalingConfig,
  runLoad,
} from '../../simulator/openfaas/index.ts';
import { GATEWAY, openfaasFixture } from './openfaas-fixtures.ts';

const lessonLabels = { min: 1, max: 10, target: 50, targetProportion: 0.9 };

describe('scaling labels and the Pro formula', () => {
  it('has the documented defaults: min 1, max 20, target 50, proportion 0.90, type rps, zero false, zero-duration 15m', () => {
    const defaults = Object.fromEntries(
      SCALING_LABELS.map((r) => [r.label.replace('com.openfaas.scale.', ''), r.default]),
    );
    expect(defaults).toMatchObject({
      min: '1',
      max: '20',
      target: '50',
      'target-proportion': '0.90',
      type: 'rps',
      zero: 'false',
      'zero-duration': '15m',
    });
    const { config } = readScalingConfig({});
    expect(config).toMatchObject({
      min: 1,
      max: 20,
      target: 50,
      targetProportion: 0.9,
      type: 'rps',
      zero: false,
      zeroDurationMs: 900_000,
    });
  });

  it.each([
    [180, 4], // the lesson: ⌈180 / 45⌉
    [800, 10], // ⌈17.8⌉ = 18, capped by max
    [45, 1],
    [46, 2],
    [0, 1], // no load: min (zero is a separate rule)
  ])('%i rps → %i replicas with target 50, min 1, max 10', (rps, replicas) => {
    expect(desiredReplicas(rps, lessonLabels)).toBe(replicas);
  });

  it('reports min above max and keeps min within max', () => {
    const { config, issues } = readScalingConfig({
      'com.openfaas.scale.min': '5',
      'com.openfaas.scale.max': '3',
    });
    expect(issues.map((i) => i.code)).toEqual(['openfaas-scale-min-above-max']);
    expect(config.min).toBe(3);
  });
});

describe('a load step on the simulated cluster', () => {
  const files = [{ name: 'stack.yml', text: openfaasFixture('hello-pro-stack.yml') }];
  const url = `${GATEWAY}/function/hello`;

  it('Pro: replicas follow ⌈rps / (target × 0.9)⌉ within max; Community keeps its fixed replica', () => {
    const options = {
      seed: 7,
      files,
      url,
      rps: 10,
      seconds: 45,
      bursts: [{ atSecond: 15, seconds: 30, rps: 250 }],
      arrivals: 'uniform' as const,
    };
    const pro = runLoad({ ...options, edition: 'pro' });
    expect(pro.diagnostics).toEqual([]);
    const replicasAt = (second: number): number | undefined => pro.seconds[second]?.replicas;
    expect(replicasAt(12)).toBe(desiredReplicas(10, lessonLabels)); // 1
    expect(replicasAt(40)).toBe(desiredReplicas(260, lessonLabels)); // ⌈260 / 45⌉ = 6
    expect(Math.max(...pro.seconds.map((s) => s.replicas))).toBeLessThanOrEqual(10);
    const ce = runLoad({ ...options, edition: 'community' });
    expect(new Set(ce.seconds.map((s) => s.replicas))).toEqual(new Set([1]));
    // One replica serves 4 × 1000/20 = 200 rps: Community's fixed replica is overloaded, Pro's six are not.
    expect(ce.seconds[40]?.p50Ms ?? 0).toBeGreaterThan(pro.seconds[40]?.p50Ms ?? Infinity);
  });

  it('Pro: 800 rps is capped at max (10)', () => {
    const run = runLoad({ seed: 8, files, url, rps: 800, seconds: 12, arrivals: 'uniform', edition: 'pro' });
    expect(run.seconds[11]?.replicas).toBe(10);
  });

  it('Pro scales an idle function to zero after zero-duration, and the next request pays the cold start', () => {
    const faas = createOpenFaaS({ seed: 9, edition: 'pro' });
    faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml'); // zero-duration 1m
    const warm = faas.invoke(requestFromUrl(url, { method: 'POST' }));
    expect(warm?.coldStart).toBe(false);
    faas.advance(50_000);
    expect(faas.functions().get('hello')?.desiredReplicas).toBe(1); // not idle long enough yet
    faas.advance(20_000);
    expect(faas.functions().get('hello')?.desiredReplicas).toBe(0);
    expect(
      faas.sim.snapshot().pods.filter((p) => p.namespace === 'openfaas-fn' && p.status === 'Running'),
    ).toEqual([]);
    const cold = faas.invoke(requestFromUrl(url, { method: 'POST' }));
    expect(cold?.status).toBe(200);
    expect(cold?.coldStart).toBe(true);
    // Container creation (2 s) + readiness probe initialDelaySeconds (2 s) before the handler runs.
    expect(cold?.latencyMs ?? 0).toBeGreaterThanOrEqual(4_000);
    expect(warm?.latencyMs ?? Infinity).toBeLessThan(100);
    expect(cold?.trace?.hops.some((h) => h.detail.en.startsWith('Cold start'))).toBe(true);
  });

  it('Community ignores com.openfaas.scale.zero: the function keeps its replica', () => {
    const faas = createOpenFaaS({ seed: 10, edition: 'community' });
    faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml');
    faas.advance(20 * 60_000);
    expect(faas.functions().get('hello')?.desiredReplicas).toBe(1);
    expect(faas.invoke(requestFromUrl(url, { method: 'POST' }))?.coldStart).toBe(false);
  });
});
