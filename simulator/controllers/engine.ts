import type { SimEvent } from '../api-types.ts';
import type { ClusterState } from '../model/cluster-state.ts';
import { ImageCatalogue } from '../images/image-catalogue.ts';
import { Prng } from '../model/prng.ts';
import { EVENT_MESSAGES, type EventKey, type EventParams } from './event-messages.ts';
import { TimerQueue } from './timer-queue.ts';

const MAX_EVENTS = 1000;
/** How far back a repeated event is looked for, to count it instead of adding it (events.k8s.io aggregation). */
const AGGREGATE_WINDOW = 64;

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
  /** The images the simulated registries hold. */
  readonly images: ImageCatalogue;

  constructor(
    readonly state: ClusterState,
    seed: number,
    startMs: number,
    speedup: number,
    images: ImageCatalogue = new ImageCatalogue(),
  ) {
    this.images = images;
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

  /** Records an event from the table; a repeat of a recent one (same object, reason, text) bumps its count. */
  record(key: EventKey, object: string, params: EventParams = {}): void {
    const entry = EVENT_MESSAGES[key];
    const message = entry.message(params);
    const events = this.state.events;
    for (let i = events.length - 1; i >= Math.max(0, events.length - AGGREGATE_WINDOW); i--) {
      const e = events[i]!;
      if (e.object === object && e.reason === entry.reason && e.message.en === message.en) {
        e.count = (e.count ?? 1) + 1;
        e.timeMs = this.nowMs;
        return;
      }
    }
    this.push({
      timeMs: this.nowMs,
      type: entry.type,
      reason: entry.reason,
      object,
      message,
      source: entry.source,
      count: 1,
      firstTimeMs: this.nowMs,
    });
  }

  private push(event: SimEvent): void {
    const events = this.state.events;
    events.push(event);
    // Trim in batches: one splice per MAX_EVENTS pushes keeps a Pod storm linear.
    if (events.length >= 2 * MAX_EVENTS) events.splice(0, events.length - MAX_EVENTS);
  }
}
