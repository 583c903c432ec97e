import { TimeOrderedQueue } from '../index.ts';

/** One thing due at a moment of simulation time. */
export interface DueEvent {
  atMs: number;
  run(): void;
}

/**
 * Events ordered by time, then by insertion, so two events at the same millisecond run in the order they
 * were scheduled (determinism).
 */
export class EventQueue {
  private readonly queue = new TimeOrderedQueue<DueEvent>();

  get size(): number {
    return this.queue.size;
  }

  /** Schedules an event. */
  push(event: DueEvent): void {
    this.queue.push(event.atMs, event);
  }

  /** The earliest due time, or Infinity when empty. */
  peekTime(): number {
    return this.queue.peekTime() ?? Number.POSITIVE_INFINITY;
  }

  /** Removes and returns the earliest event. */
  pop(): DueEvent | undefined {
    return this.queue.pop();
  }
}
