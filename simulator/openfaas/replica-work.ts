import type { WatchdogConfig } from './watchdog-config.ts';

/** What happens to one request handed to a replica's watchdog. */
export interface ReplicaOutcome {
  /** 200 done, 429 over max_inflight, 504 past exec_timeout. */
  status: 200 | 429 | 504;
  /** When the handler starts working (after waiting for a free worker). */
  startMs: number;
  /** When the watchdog answers. */
  endMs: number;
}

/**
 * One function replica as a queue: `concurrency` requests run at once, the rest wait in order. The
 * watchdog refuses a request with 429 when `max_inflight` are already in flight (pkg/readiness.go) and
 * cancels the upstream call with 504 once exec_timeout passes (executor/http_runner.go); a cancelled
 * request frees its worker at that moment.
 */
export class ReplicaWork {
  private readonly freeAt: number[];
  /** End times of requests in flight (waiting or running), kept sorted. */
  private readonly inflightEnds: number[] = [];
  /** Busy ms accumulated, for the cpu scale type. */
  busyMs = 0;

  constructor(concurrency: number) {
    this.freeAt = Array.from({ length: Math.max(1, concurrency) }, () => 0);
  }

  /** Requests still in flight at `nowMs`. */
  inflight(nowMs: number): number {
    let drop = 0;
    while (drop < this.inflightEnds.length && this.inflightEnds[drop]! <= nowMs) drop++;
    if (drop) this.inflightEnds.splice(0, drop);
    return this.inflightEnds.length;
  }

  /** Hands a request that needs `workMs` of handler time to this replica at `nowMs`. */
  admit(nowMs: number, workMs: number, watchdog: WatchdogConfig): ReplicaOutcome {
    if (watchdog.maxInflight > 0 && this.inflight(nowMs) >= watchdog.maxInflight)
      return { status: 429, startMs: nowMs, endMs: nowMs };
    let slot = 0;
    for (let i = 1; i < this.freeAt.length; i++) if (this.freeAt[i]! < this.freeAt[slot]!) slot = i;
    const startMs = Math.max(nowMs, this.freeAt[slot]!);
    const deadline = nowMs + watchdog.execTimeoutMs;
    const finish = startMs + workMs;
    const timedOut = finish > deadline;
    const endMs = timedOut ? deadline : finish;
    this.freeAt[slot] = Math.max(startMs, endMs);
    this.busyMs += Math.max(0, endMs - startMs);
    const at = this.inflightEnds.findIndex((t) => t > endMs);
    this.inflightEnds.splice(at < 0 ? this.inflightEnds.length : at, 0, endMs);
    return { status: timedOut ? 504 : 200, startMs, endMs };
  }
}
