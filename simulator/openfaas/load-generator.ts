import { requestFromUrl, type SimRequest } from '../index.ts';
import type { OpenFaaSEdition } from './editions.ts';
import { parseGatewayRoute } from './gateway-route.ts';
import type { InvocationResult } from './invocation.ts';
import { createOpenFaaS, GATEWAY_UPSTREAM_TIMEOUT_MS, type OpenFaaSPlatform } from './openfaas-platform.ts';
import { SeededRandom } from './seeded-random.ts';
import type { Diagnostic } from '../../core/index.ts';

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
  totals: {
    requests: number;
    completed: number;
    byStatus: Record<string, number>;
    coldStarts: number;
    costUsd: number;
    p50Ms: number | null;
    p99Ms: number | null;
  };
  diagnostics: Diagnostic[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function rateAt(options: LoadOptions, second: number): number {
  // The base rate stops after `seconds`; bursts may fall in the tail too (e.g. a request after scale to zero).
  let rate = second < options.seconds ? options.rps : 0;
  for (const b of options.bursts ?? [])
    if (second >= b.atSecond && second < b.atSecond + b.seconds) rate += b.rps;
  return rate;
}

/**
 * A load run one second at a time, so a view can draw each second as it happens: Poisson (or uniform)
 * arrivals at the given rate, seeded, each request through the gateway, and a row per second of replicas,
 * latency percentiles, cold starts, errors by status and the cost of the replicas.
 */
export class LoadRun {
  readonly functionName: string | null;
  readonly edition: OpenFaaSEdition;
  readonly diagnostics: Diagnostic[];
  readonly seconds: LoadSecond[] = [];
  readonly platform: OpenFaaSPlatform;
  private readonly rng: SeededRandom;
  private readonly request: SimRequest;
  private readonly price: number;
  private readonly start: number;
  private readonly total: number;
  private ended: InvocationResult[] = [];
  private readonly all: number[] = [];
  private readonly byStatusTotal: Record<string, number> = {};
  private coldTotal = 0;
  private cumulative = 0;
  private sent = 0;
  private completed = 0;

  constructor(private readonly options: LoadOptions) {
    this.edition = options.edition ?? 'community';
    const route = parseGatewayRoute(new URL(options.url).pathname);
    this.functionName = 'name' in route ? route.name : null;
    this.platform = createOpenFaaS({
      seed: options.seed,
      edition: options.edition,
      workMs: options.workMs,
      replicaConcurrency: options.replicaConcurrency,
    });
    this.diagnostics = options.files.flatMap((f) => this.platform.deploy(f.text, f.name).diagnostics);
    this.rng = new SeededRandom(options.seed ^ 0x10ad);
    this.request = requestFromUrl(options.url, {
      method: options.method ?? 'POST',
      body: options.body ?? '',
    });
    this.price = (options.replicaHourUsd ?? 0.0208) / 3600;
    this.platform.onResult((r) => this.ended.push(r));
    this.start = this.platform.now();
    this.total = this.diagnostics.length ? 0 : options.seconds + (options.tailSeconds ?? 0);
  }

  /** Seconds the run lasts (load plus tail). */
  get length(): number {
    return this.total;
  }

  /** Runs the next second and returns its row, or null when the run is over. */
  step(): LoadSecond | null {
    const s = this.seconds.length;
    if (s >= this.total) return null;
    const rate = rateAt(this.options, s);
    const times: number[] = [];
    if (rate > 0 && this.options.arrivals === 'uniform')
      for (let i = 0; i < Math.round(rate); i++) times.push((i * 1000) / rate);
    else if (rate > 0)
      for (let t = this.rng.exponential(1000 / rate); t < 1000; t += this.rng.exponential(1000 / rate))
        times.push(t);
    for (const t of times) this.platform.sendAt(this.start + s * 1000 + t, this.request, { trace: false });
    this.sent += times.length;
    this.platform.advance(this.start + (s + 1) * 1000 - this.platform.now());
    const fn = this.functionName ? this.platform.functions().get(this.functionName) : undefined;
    const replicas = fn?.desiredReplicas ?? 0;
    const ended = this.take();
    const latencies = ended.map((r) => r.latencyMs).sort((a, b) => a - b);
    const byStatus: Record<string, number> = {};
    for (const r of ended) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    this.cumulative += replicas * this.price;
    const row: LoadSecond = {
      second: s,
      replicas,
      readyReplicas: fn?.readyPods.length ?? 0,
      requests: times.length,
      completed: ended.length,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      coldStarts: ended.filter((r) => r.coldStart).length,
      byStatus,
      costUsd: replicas * this.price,
      cumulativeCostUsd: this.cumulative,
    };
    this.seconds.push(row);
    return row;
  }

  private take(): InvocationResult[] {
    const ended = this.ended;
    this.ended = [];
    for (const r of ended) {
      this.byStatusTotal[r.status] = (this.byStatusTotal[r.status] ?? 0) + 1;
      this.all.push(r.latencyMs);
      if (r.coldStart) this.coldTotal++;
    }
    this.completed += ended.length;
    return ended;
  }

  /** Runs what is left, waits until every request ended (a held one at the gateway's upstream timeout at the latest) and sums up. */
  finish(): LoadTimeline {
    while (this.step()) {
      // each step records its own row
    }
    const drainUntil = this.platform.now() + GATEWAY_UPSTREAM_TIMEOUT_MS + 15 * 60_000;
    while (this.completed + this.ended.length < this.sent && this.platform.now() < drainUntil)
      this.platform.advance(1000);
    this.take();
    const all = [...this.all].sort((a, b) => a - b);
    return {
      functionName: this.functionName,
      edition: this.edition,
      seconds: this.seconds,
      totals: {
        requests: this.sent,
        completed: this.completed,
        byStatus: this.byStatusTotal,
        coldStarts: this.coldTotal,
        costUsd: this.cumulative,
        p50Ms: percentile(all, 50),
        p99Ms: percentile(all, 99),
      },
      diagnostics: this.diagnostics,
    };
  }
}

/** Runs a whole load (see {@link LoadRun}) and returns the timeline; diagnostics in the files stop it before it starts. */
export function runLoad(options: LoadOptions): LoadTimeline {
  return new LoadRun(options).finish();
}
