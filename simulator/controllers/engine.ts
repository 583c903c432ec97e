import type { SimEvent } from '../api-types.ts';
import type { ClusterState } from '../model/cluster-state.ts';
import { Prng } from '../model/prng.ts';
import { TimerQueue } from './timer-queue.ts';
import type { Bilingual } from '../../core/index.ts';

const MAX_EVENTS = 1000;

/**
 * What every controller shares: the cluster state, the seeded PRNG, the simulation clock and its timers,
 * the event log and a change counter (routing tables and snapshots rebuild when it moves).
 */
export class Engine {
  readonly timers = new TimerQueue();
  readonly prng: Prng;
  nowMs: number;
  /** Incremented on every change; caches compare it. */
  version = 0;
  /** Divides lesson waits (eviction toleration, back-off) so a lesson does not wait 5 minutes. */
  readonly speedup: number;

  constructor(
    readonly state: ClusterState,
    seed: number,
    startMs: number,
    speedup: number,
  ) {
    this.prng = new Prng(seed);
    this.nowMs = startMs;
    this.speedup = speedup > 0 ? speedup : 1;
  }

  /** Schedules `run` after `delayMs` of simulation time. */
  after(delayMs: number, run: () => void): void {
    this.timers.schedule(this.nowMs + Math.max(0, delayMs), run);
  }

  /** Records a change. */
  touch(): void {
    this.version++;
  }

  /** Adds a cluster event (kubectl get events). */
  event(type: SimEvent['type'], reason: string, object: string, message: Bilingual): void {
    const events = this.state.events;
    events.push({ timeMs: this.nowMs, type, reason, object, message });
    if (events.length > MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
  }
}
