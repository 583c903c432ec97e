import { TimeOrderedQueue } from '../model/time-ordered-queue.ts';

/**
 * The simulation clock's schedule: callbacks due at simulated times, run in time order (then in the
 * order they were scheduled, so runs are deterministic).
 */
export class TimerQueue {
  private readonly queue = new TimeOrderedQueue<() => void>();

  /** Schedules `run` at `atMs`. */
  schedule(atMs: number, run: () => void): void {
    this.queue.push(atMs, run);
  }

  /** Time of the next timer, or null. */
  peekTime(): number | null {
    return this.queue.peekTime() ?? null;
  }

  /** Removes and returns the earliest timer. */
  pop(): (() => void) | null {
    return this.queue.pop() ?? null;
  }

  get size(): number {
    return this.queue.size;
  }
}
