import { requestFromUrl, type Diagnostic } from '../index.ts';
import type { OpenFaaSEdition } from './editions.ts';
import { parseGatewayRoute } from './gateway-route.ts';
import type { InvocationResult } from './invocation.ts';
import { createOpenFaaS, GATEWAY_UPSTREAM_TIMEOUT_MS, type OpenFaaSPlatform } from './openfaas-platform.ts';
import { SeededRandom } from './seeded-random.ts';

/** A stretch of extra load on top of the base rate. */
export interface LoadBurst {
  atSecond: number;
  seconds: number;
  rps: number;
}

/** What to run: manifests or stack files, one URL, a rate for a time, optional bursts. */
export interface LoadOptions {
  seed: number;
  edition?: OpenFaaSEdition;
  files: Array<{ name: string; text: string }>;
  url: string;
  method?: string;
  body?: string;
  rps: number;
  seconds: number;
  bursts?: LoadBurst[];
  /** `poisson` (default) spaces requests at random like independent clients; `uniform` evenly, for exact rates. */
  arrivals?: 'poisson' | 'uniform';
  /** Seconds of silence after the load, to watch scale-down and scale to zero (default 0). */
  tailSeconds?: number;
  workMs?: number;
  replicaConcurrency?: number;
  /** Price of one replica for an hour (default 0.0208 USD, an AWS t3.small on demand, as in the cost lesson). */
  replicaHourUsd?: number;
}

/** One second of the run. */
export interface LoadSecond {
  second: number;
  /** Replicas the function's Deployment asks for at the end of the second. */
  replicas: number;
  readyReplicas: number;
  /** Requests sent during the second. */
  requests: number;
  /** Requests that ended during the second, and their latency percentiles (ms; null when none ended). */
  completed: number;
  p50Ms: number | null;
  p99Ms: number | null;
  coldStarts: number;
  /** Count of answers by HTTP status, for those that ended during the second. */
  byStatus: Record<string, number>;
  costUsd: number;
  cumulativeCostUsd: number;
}

/** The run, second by second, with totals. */
export interface LoadTimeline {
  functionName: string | null;
  edition: OpenFaaSEdition;
  seconds: LoadSecond[];
  totals: { requests: number; completed: number; byStatus: Record<string, number>; coldStarts: number; costUsd: number; p50Ms: number | null; p99Ms: number | null };
  diagnostics: Diagnostic[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function rateAt(options: LoadOptions, second: number): number {
  if (second >= options.seconds) return 0;
  let rate = options.rps;
  for (const b of options.bursts ?? []) if (second >= b.atSecond && second < b.atSecond + b.seconds) rate += b.rps;
  return rate;
}

/** Deploys the files on a fresh platform; diagnostics stop the run. */
function prepare(options: LoadOptions): { platform: OpenFaaSPlatform; diagnostics: Diagnostic[] } {
  const platform = createOpenFaaS({ seed: options.seed, edition: options.edition, workMs: options.workMs, replicaConcurrency: options.replicaConcurrency });
  const diagnostics = options.files.flatMap((f) => platform.deploy(f.text, f.name).diagnostics);
  return { platform, diagnostics };
}

/**
 * Runs a deterministic load on the simulation clock: Poisson arrivals at the given rate (seeded), each
 * request through the gateway, and a row per second of replicas, latency percentiles, cold starts, errors
 * by status and the cost of the replicas. After the load and the tail, it waits until every request ended.
 */
export function runLoad(options: LoadOptions): LoadTimeline {
  const edition = options.edition ?? 'community';
  const route = parseGatewayRoute(new URL(options.url).pathname);
  const functionName = 'name' in route ? route.name : null;
  const { platform, diagnostics } = prepare(options);
  const empty = { requests: 0, completed: 0, byStatus: {}, coldStarts: 0, costUsd: 0, p50Ms: null, p99Ms: null };
  if (diagnostics.length) return { functionName, edition, seconds: [], totals: empty, diagnostics };
  const rng = new SeededRandom(options.seed ^ 0x10ad);
  const request = requestFromUrl(options.url, { method: options.method ?? 'POST', body: options.body ?? '' });
  const price = (options.replicaHourUsd ?? 0.0208) / 3600;
  let ended: InvocationResult[] = [];
  const all: number[] = [];
  const byStatusTotal: Record<string, number> = {};
  let coldTotal = 0;
  platform.onResult((r) => ended.push(r));
  const seconds: LoadSecond[] = [];
  let cumulative = 0;
  let sent = 0;
  const start = platform.now();
  const total = options.seconds + (options.tailSeconds ?? 0);
  for (let s = 0; s < total; s++) {
    const rate = rateAt(options, s);
    let requests = 0;
    if (rate > 0) {
      const times: number[] = [];
      if (options.arrivals === 'uniform') for (let i = 0; i < Math.round(rate); i++) times.push((i * 1000) / rate);
      else for (let t = rng.exponential(1000 / rate); t < 1000; t += rng.exponential(1000 / rate)) times.push(t);
      for (const t of times) platform.sendAt(start + s * 1000 + t, request, { trace: false });
      requests = times.length;
    }
    sent += requests;
    platform.advance(start + (s + 1) * 1000 - platform.now());
    const fn = functionName ? platform.functions().get(functionName) : undefined;
    const replicas = fn?.desiredReplicas ?? 0;
    const latencies = ended.map((r) => r.latencyMs).sort((a, b) => a - b);
    const byStatus: Record<string, number> = {};
    for (const r of ended) {
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
      byStatusTotal[r.status] = (byStatusTotal[r.status] ?? 0) + 1;
    }
    const coldStarts = ended.filter((r) => r.coldStart).length;
    coldTotal += coldStarts;
    all.push(...latencies);
    cumulative += replicas * price;
    seconds.push({ second: s, replicas, readyReplicas: fn?.readyPods.length ?? 0, requests, completed: ended.length, p50Ms: percentile(latencies, 50), p99Ms: percentile(latencies, 99), coldStarts, byStatus, costUsd: replicas * price, cumulativeCostUsd: cumulative });
    ended = [];
  }
  // Drain: every request ends (a held one at the gateway's upstream timeout at the latest).
  const drainUntil = platform.now() + GATEWAY_UPSTREAM_TIMEOUT_MS + 15 * 60_000;
  let completed = seconds.reduce((n, s) => n + s.completed, 0);
  while (completed + ended.length < sent && platform.now() < drainUntil) platform.advance(1000);
  for (const r of ended) {
    byStatusTotal[r.status] = (byStatusTotal[r.status] ?? 0) + 1;
    all.push(r.latencyMs);
    if (r.coldStart) coldTotal++;
  }
  completed += ended.length;
  all.sort((a, b) => a - b);
  return { functionName, edition, seconds, totals: { requests: sent, completed, byStatus: byStatusTotal, coldStarts: coldTotal, costUsd: cumulative, p50Ms: percentile(all, 50), p99Ms: percentile(all, 99) }, diagnostics };
}
