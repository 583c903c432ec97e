import type { FunctionSpec } from './function-spec.ts';
import { ReplicaWork } from './replica-work.ts';
import { readScalingConfig, type ScalingConfig } from './scaling-labels.ts';
import { readWatchdogConfig, type WatchdogConfig } from './watchdog-config.ts';

/** A request the gateway holds while a function has no ready replica (scale from zero). */
export interface HeldRequest {
  sinceMs: number;
  dispatch(nowMs: number): void;
  expire(nowMs: number): void;
}

/** Load measured over one autoscaler window. */
export interface LoadWindow {
  requests: number;
  inflightSamples: number;
  inflightSum: number;
  busyMsAtStart: number;
}

/**
 * What the platform knows about one deployed function between engine ticks: its settings, its ready
 * replicas (by Pod name), the work queued on each, the requests the gateway holds and the load counters.
 */
export class FunctionState {
  scaling: ScalingConfig;
  watchdog: WatchdogConfig;
  readonly replicas = new Map<string, ReplicaWork>();
  readyPods: string[] = [];
  /** The Pod IP of each ready replica, by Pod name: the address faas-netes proxies to. */
  readonly podIPs = new Map<string, string>();
  desiredReplicas = 0;
  readonly held: HeldRequest[] = [];
  invocationCount = 0;
  coldStarts = 0;
  lastInvokedMs: number;
  loadWindow: LoadWindow = { requests: 0, inflightSamples: 0, inflightSum: 0, busyMsAtStart: 0 };
  /** Busy ms of replicas already gone, so the cpu measure does not drop when a Pod is removed. */
  retiredBusyMs = 0;
  /** End times of recent 200 answers: gateway_function_invocation_total{code="200"}, for the CE alert rule. */
  private readonly okEndMs: number[] = [];

  constructor(
    public spec: FunctionSpec,
    nowMs: number,
  ) {
    this.scaling = readScalingConfig(spec.labels).config;
    this.watchdog = readWatchdogConfig(spec.environment).config;
    this.lastInvokedMs = nowMs;
  }

  /** Takes a new spec (a redeploy) without losing counters. */
  update(spec: FunctionSpec): void {
    this.spec = spec;
    this.scaling = readScalingConfig(spec.labels).config;
    this.watchdog = readWatchdogConfig(spec.environment).config;
  }

  /** Syncs the ready Pods (and their IPs) from a snapshot; queues of vanished Pods are dropped. */
  setReadyPods(pods: string[], concurrency: number, ips: ReadonlyMap<string, string> = new Map()): void {
    this.readyPods = pods;
    this.podIPs.clear();
    for (const [name, ip] of ips) this.podIPs.set(name, ip);
    for (const name of pods)
      if (!this.replicas.has(name)) this.replicas.set(name, new ReplicaWork(concurrency));
    for (const [name, work] of this.replicas) {
      if (!pods.includes(name)) {
        this.retiredBusyMs += work.busyMs;
        this.replicas.delete(name);
      }
    }
  }

  /** Counts one answer the gateway passed on (the gateway's invocation counter, by status). */
  recordAnswer(endMs: number, status: number): void {
    if (status !== 200) return;
    this.okEndMs.push(endMs);
    // Keep about a minute: the rule reads 10 s, and an evaluation may look a little into the past.
    if (this.okEndMs.length > 4096 && this.okEndMs[2048]! < endMs - 60_000) this.okEndMs.splice(0, 2048);
  }

  /** 200 answers that ended in (fromMs, toMs]. */
  successesBetween(fromMs: number, toMs: number): number {
    let n = 0;
    for (let i = this.okEndMs.length - 1; i >= 0 && this.okEndMs[i]! > fromMs; i--)
      if (this.okEndMs[i]! <= toMs) n++;
    return n;
  }

  /** Requests in flight on all replicas. */
  inflight(nowMs: number): number {
    let total = 0;
    for (const work of this.replicas.values()) total += work.inflight(nowMs);
    return total + this.held.length;
  }

  /** Busy ms of all replicas, present and past. */
  busyMs(): number {
    let total = this.retiredBusyMs;
    for (const work of this.replicas.values()) total += work.busyMs;
    return total;
  }
}
