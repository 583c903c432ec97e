import { TimeOrderedQueue } from '../model/time-ordered-queue.ts';

/**
 * A timer as one object (a closure and its context per Pod are two or more, which 150,000 Pods keep alive
 * until they fire).
 */
export interface Timer {
  fire(): void;
}

/**
 * The simulation clock's schedule: callbacks due at simulated times, run in time order (then in the
 * order they were scheduled, so runs are deterministic).
 */
export class TimerQueue {
  private readonly queue = new TimeOrderedQueue<(() => void) | Timer>();

  /** Schedules `run` (a callback, or an object whose `fire` runs) at `atMs`. */
  schedule(atMs: number, run: (() => void) | Timer): void {
    this.queue.push(atMs, run);
  }

  /** Time of the next timer, or null. */
  peekTime(): number | null {
    return this.queue.peekTime() ?? null;
  }

  /**
   * Removes the earliest timer and runs it; false when there was none. (Returning it as a callback made a
   * closure around each object timer: 150,000 of them as the envelope's Pods start.)
   */
  fireNext(): boolean {
    const run = this.queue.pop();
    if (run === undefined) return false;
    if (typeof run === 'function') run();
    else run.fire();
    return true;
  }

  get size(): number {
    return this.queue.size;
  }
}
