import { describe, expect, it } from 'vitest';
import { requestFromUrl } from '../../simulator/index.ts';
import {
  CE_ALERT_RULE,
  SCALING_LABELS,
  alertReplicas,
  createOpenFaaS,
  desiredReplicas,
  readScalingConfig,
  runLoad,
  type LoadOptions,
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
  const url = `${GATEWAY}/function/hello`;
  /** A load run against the hello function of hello-pro-stack.yml (min 1, max 10, target 50, zero-duration 1m). */
  const loadHello = (options: Omit<LoadOptions, 'files' | 'url'>) =>
    runLoad({
      files: [{ name: 'stack.yml', text: openfaasFixture('hello-pro-stack.yml') }],
      url,
      ...options,
    });

  it('Pro: replicas follow ⌈rps / (target × 0.9)⌉ within max; Community steps up only once its alert has fired', () => {
    const options = {
      seed: 7,
      rps: 10,
      seconds: 45,
      bursts: [{ atSecond: 15, seconds: 30, rps: 250 }],
      arrivals: 'uniform' as const,
    };
    const pro = loadHello({ ...options, edition: 'pro' });
    expect(pro.diagnostics).toEqual([]);
    const replicasAt = (second: number): number | undefined => pro.seconds[second]?.replicas;
    expect(replicasAt(12)).toBe(desiredReplicas(10, lessonLabels)); // 1
    expect(replicasAt(40)).toBe(desiredReplicas(260, lessonLabels)); // ⌈260 / 45⌉ = 6
    expect(Math.max(...pro.seconds.map((s) => s.replicas))).toBeLessThanOrEqual(10);
    const ce = loadHello({ ...options, edition: 'community' });
    // Even the base 10 rps is above the rule's 5 rps: pending at one 15 s evaluation, firing at the next,
    // then AlertManager waits group_wait (5 s) before its webhook adds one replica; 30 s later the next.
    expect([...new Set(ce.seconds.map((s) => s.replicas))]).toEqual([1, 2]);
    const firstStep = ce.seconds.findIndex((s) => s.replicas === 2);
    expect(firstStep).toBeGreaterThanOrEqual(20);
    // One replica serves 4 × 1000/20 = 200 rps: Community's two are overloaded at 260 rps, Pro's six are not.
    expect(ce.seconds[40]?.p50Ms ?? 0).toBeGreaterThan(pro.seconds[40]?.p50Ms ?? Infinity);
  });

  it('Pro: 800 rps is capped at max (10)', () => {
    const run = loadHello({ seed: 8, rps: 800, seconds: 12, arrivals: 'uniform', edition: 'pro' });
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

  it('Community under 200 rps steps up one replica per AlertManager webhook to 5 (not max 10), then back to min', () => {
    const run = loadHello({
      seed: 11,
      rps: 200,
      seconds: 150,
      tailSeconds: 60,
      edition: 'community',
    });
    const replicas = run.seconds.map((s) => s.replicas);
    expect(Math.max(...replicas)).toBe(5); // the label says max 10; the CE gateway caps at 5
    expect(replicas[0]).toBe(1);
    expect(replicas[replicas.length - 1]).toBe(1);
    const during = replicas.slice(0, 150);
    expect(during.every((r, i) => i === 0 || r >= during[i - 1]!)).toBe(true); // only steps up under load
    expect([...new Set(during)]).toEqual([1, 2, 3, 4, 5]);
    const events = run.seconds.flatMap((s) => s.scalingEvents);
    const webhooks = events.filter((e) => e.kind === 'webhook' && e.status === 'firing');
    const steps = webhooks.filter((e) => e.replicas && e.replicas.to > e.replicas.from);
    expect(steps.map((e) => e.replicas)).toEqual([
      { from: 1, to: 2 },
      { from: 2, to: 3 },
      { from: 3, to: 4 },
      { from: 4, to: 5 },
    ]);
    // A still-firing alert is repeated every repeat_interval (30 s); the first waits group_wait after firing.
    const gaps = steps.slice(1).map((e, i) => e.atMs - steps[i]!.atMs);
    expect(new Set(gaps)).toEqual(new Set([CE_ALERT_RULE.repeatIntervalMs]));
    const firing = events.find((e) => e.kind === 'firing')!;
    const pending = events.find((e) => e.kind === 'pending')!;
    expect(firing.atMs - pending.atMs).toBe(CE_ALERT_RULE.evaluationIntervalMs);
    expect(steps[0]!.atMs - firing.atMs).toBe(CE_ALERT_RULE.groupWaitMs);
    // After the load the rule resolves and the resolved webhook sets min.
    const resolved = events.filter((e) => e.kind === 'webhook' && e.status === 'resolved');
    expect(resolved.map((e) => e.replicas)).toEqual([{ from: 5, to: 1 }]);
    expect(resolved[0]!.atMs).toBeGreaterThan(150_000);
    expect(resolved[0]!.atMs).toBeLessThanOrEqual(150_000 + 10_000 + 15_000 + 10_000);
  });

  it('Community below 5 rps never fires: one replica throughout', () => {
    const run = loadHello({
      seed: 12,
      rps: 4,
      seconds: 90,
      edition: 'community',
      arrivals: 'uniform',
    });
    expect(new Set(run.seconds.map((s) => s.replicas))).toEqual(new Set([1]));
    expect(run.seconds.flatMap((s) => s.scalingEvents)).toEqual([]);
  });

  it.each([
    ['firing', 1, 1, 20, 10, 2], // max 20 is capped at 5; ⌈5 × 10 %⌉ = 1
    ['firing', 1, 1, 20, 20, 2], // the docs' 20 %: still ⌈1⌉ = 1
    ['firing', 1, 1, 20, 50, 4], // ⌈2.5⌉ = 3
    ['firing', 4, 1, 20, 50, 5], // capped at 5
    ['firing', 1, 1, 3, 100, 3], // factor 100 goes straight to max
    ['firing', 2, 1, 20, 0, 2], // factor 0: the gateway refuses to scale
    ['resolved', 5, 2, 20, 10, 2], // resolved: back to min
  ] as const)(
    'the CE gateway answers a %s alert at %i replicas (min %i, max %i, factor %i) with %i',
    (status, current, min, max, factor, expected) => {
      expect(alertReplicas(status, current, { min, max, factor })).toBe(expected);
    },
  );

  it('/system/scale-function is clamped to 1–5 in Community, not in Pro', () => {
    const scaleTo = (edition: 'community' | 'pro', replicas: number): number | undefined => {
      const faas = createOpenFaaS({ seed: 13, edition });
      faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml');
      const auth = `Basic ${btoa(`${faas.credentials.user}:${faas.credentials.password}`)}`;
      const answer = faas.invoke(
        requestFromUrl(`${GATEWAY}/system/scale-function/hello`, {
          method: 'POST',
          headers: { Authorization: auth },
          body: JSON.stringify({ serviceName: 'hello', replicas }),
        }),
      );
      expect(answer?.status).toBe(202);
      return faas.functions().get('hello')?.desiredReplicas;
    };
    expect(scaleTo('community', 9)).toBe(5);
    expect(scaleTo('community', 0)).toBe(1);
    expect(scaleTo('pro', 9)).toBe(9);
  });

  it('Community ignores com.openfaas.scale.zero: the function keeps its replica', () => {
    const faas = createOpenFaaS({ seed: 10, edition: 'community' });
    faas.deploy(openfaasFixture('hello-pro-stack.yml'), 'stack.yml');
    faas.advance(20 * 60_000);
    expect(faas.functions().get('hello')?.desiredReplicas).toBe(1);
    expect(faas.invoke(requestFromUrl(url, { method: 'POST' }))?.coldStart).toBe(false);
  });
});
