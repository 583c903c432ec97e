import { describe, expect, it } from 'vitest';
import { runLoad, type LoadSecond } from '../../../simulator/openfaas/index.ts';
import { LOAD_SCENARIOS, loadOptions } from './load-scenarios.ts';
import { loadSummary } from './load-summary.ts';
import { uiStrings } from '../../i18n/translate.ts';

const row = (
  second: number,
  replicas: number,
  p99: number | null,
  byStatus: Record<string, number>,
  cold = 0,
): LoadSecond => ({
  second,
  replicas,
  readyReplicas: replicas,
  requests: 100,
  completed: Object.values(byStatus).reduce((a, b) => a + b, 0),
  p50Ms: p99 === null ? null : p99 / 2,
  p99Ms: p99,
  coldStarts: cold,
  byStatus,
  costUsd: 0.001,
  cumulativeCostUsd: 0.001 * (second + 1),
  alert: null,
  scalingEvents: [],
});

describe('load summary', () => {
  const seconds = [row(0, 1, 40, { 200: 100 }), row(1, 4, 900, { 200: 90, 504: 10 }, 2), row(2, 0, null, {})];

  it('names the replica peak and end, the worst second, cold starts and errors by status, in both languages', () => {
    const en = loadSummary(seconds, uiStrings('en', 'openfaas'), 'en', 'pro');
    expect(en[0]).toContain('300 requests sent in 3 s');
    expect(en[1]).toBe('Replicas: started at 1, reached 4 and ended at 0.');
    expect(en[2]).toContain('worst second had a p99 of 900 ms (second 1)');
    expect(en[3]).toBe('Cold starts: 2.');
    expect(en[4]).toBe('Errors: 10 × 504.');
    expect(en[5]).toContain('exec_timeout');
    const es = loadSummary(seconds, uiStrings('es', 'openfaas'), 'es', 'community');
    expect(es[0]).toContain('Community Edition');
    expect(es[2]).toBe(uiStrings('es', 'openfaas').summaryNoAlert);
    expect(es[5]).toBe('Errores: 10 × 504.');
  });

  it('counts only the requested seconds of load and tells the quiet tail apart', () => {
    const en = loadSummary(seconds, uiStrings('en', 'openfaas'), 'en', 'pro', undefined, 1);
    expect(en[0]).toContain('100 requests sent in 1 s.');
    expect(en[0]).toContain('Then 2 s of quiet with 200 late requests');
  });

  it('says there were no errors when every answer was 2xx, and nothing for an empty run', () => {
    expect(
      loadSummary([row(0, 1, 20, { 200: 5, 202: 1 })], uiStrings('en', 'openfaas'), 'en', 'pro')[4],
    ).toBe(uiStrings('en', 'openfaas').summaryNoErrors);
    expect(loadSummary([], uiStrings('en', 'openfaas'), 'en', 'pro')).toEqual([]);
  });

  it('tells when the Community Edition alert fired, each webhook and when it resolved (the community scenario)', () => {
    const scenario = LOAD_SCENARIOS['openfaas-community']!;
    const choice = {
      edition: 'community' as const,
      rps: scenario.rps,
      burstRps: scenario.burst.rps,
      seconds: scenario.seconds,
    };
    const run = runLoad(loadOptions(scenario, choice));
    const replicas = run.seconds.map((r) => r.replicas);
    expect(Math.max(...replicas)).toBe(5);
    expect(replicas[replicas.length - 1]).toBe(1);
    const en = loadSummary(run.seconds, uiStrings('en', 'openfaas'), 'en', 'community');
    expect(en[2]).toMatch(
      /^APIHighInvocationRate alert: pending at second \d+, firing at \d+; .*\d+ s \(4 → 5\).*resolved at \d+\.$/,
    );
    expect(en[2]).toContain('(5 → 1)');
  });
});
