import type { LoadSecond } from '../../../simulator/openfaas/index.ts';
import { fill } from '../../../core/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/**
 * The run in words, for everyone and for screen readers (the charts' text alternative): replicas at the
 * start, peak and end, latency percentiles and the worst second, cold starts, errors by status and cost.
 */
export function loadSummary(
  seconds: readonly LoadSecond[],
  s: UiStrings<'openfaas'>,
  lang: 'es' | 'en',
  edition: 'community' | 'pro',
  replicaHourUsd = 0.0208,
  loadSeconds = seconds.length,
): string[] {
  if (seconds.length === 0) return [];
  const num = new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-US', { maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-US', { maximumFractionDigits: 6 });
  // The seconds after the requested run are the quiet tail: its few late requests (there to show a cold start
  // after scale to zero) are told apart, so the count and duration match what the student asked for.
  const inLoad = seconds.slice(0, loadSeconds);
  const requests = inLoad.reduce((n, r) => n + r.requests, 0);
  const late = seconds.slice(loadSeconds).reduce((n, r) => n + r.requests, 0);
  const replicas = seconds.map((r) => r.replicas);
  const all = seconds.filter((r) => r.p50Ms !== null);
  const weighted = (key: 'p50Ms' | 'p99Ms'): number => {
    const done = all.reduce((n, r) => n + r.completed, 0);
    return done ? all.reduce((n, r) => n + (r[key] ?? 0) * r.completed, 0) / done : 0;
  };
  const worst = all.reduce<LoadSecond | null>(
    (w, r) => (w === null || (r.p99Ms ?? 0) > (w.p99Ms ?? 0) ? r : w),
    null,
  );
  const errors: Record<string, number> = {};
  for (const r of seconds)
    for (const [status, n] of Object.entries(r.byStatus))
      if (!status.startsWith('2')) errors[status] = (errors[status] ?? 0) + n;
  const errorText = Object.entries(errors)
    .map(([status, n]) => `${num.format(n)} × ${status}`)
    .join(', ');
  const last = seconds[seconds.length - 1]!;
  const events = seconds.flatMap((r) => r.scalingEvents);
  const at = (kind: string): string => {
    const e = events.find((x) => x.kind === kind);
    return e ? String(Math.round(e.atMs / 1000)) : '–';
  };
  const webhooks = events
    .filter((e) => e.kind === 'webhook' && e.replicas && e.replicas.from !== e.replicas.to)
    .map((e) => `${Math.round(e.atMs / 1000)} s (${e.replicas!.from} → ${e.replicas!.to})`)
    .join(', ');
  // Community Edition only: when the legacy AlertManager rule changed and what each webhook did.
  const alert =
    edition === 'pro'
      ? []
      : events.some((e) => e.kind === 'firing')
        ? [
            fill(s.summaryAlert, {
              pending: at('pending'),
              firing: at('firing'),
              webhooks: webhooks || '–',
              resolved: at('resolved'),
            }),
          ]
        : [s.summaryNoAlert];
  return [
    fill(s.summaryIntro, {
      edition: edition === 'pro' ? s.editionPro : s.editionCommunity,
      requests: num.format(requests),
      seconds: inLoad.length,
    }) +
      (seconds.length > inLoad.length
        ? ` ${fill(s.summaryTail, { tail: seconds.length - inLoad.length, late: num.format(late) })}`
        : ''),
    fill(s.summaryReplicas, { first: replicas[0] ?? 0, max: Math.max(...replicas), last: last.replicas }),
    ...alert,
    fill(s.summaryLatency, {
      p50: num.format(weighted('p50Ms')),
      p99: num.format(weighted('p99Ms')),
      worst: num.format(worst?.p99Ms ?? 0),
      worstAt: worst?.second ?? 0,
    }),
    fill(s.summaryCold, { n: seconds.reduce((n, r) => n + r.coldStarts, 0) }),
    errorText ? fill(s.summaryErrors, { errors: errorText }) : s.summaryNoErrors,
    ...(errors['504'] ? [s.summaryWhy504] : []),
    ...(errors['429'] ? [s.summaryWhy429] : []),
    fill(s.summaryCost, { cost: money.format(last.cumulativeCostUsd), price: money.format(replicaHourUsd) }),
  ];
}
