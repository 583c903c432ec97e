/** One thing due at a moment of simulation time. */
export interface DueEvent {
  atMs: number;
  run(): void;
}

/**
 * A min-heap of events ordered by time, then by insertion, so two events at the same millisecond run in
 * the order they were scheduled (determinism).
 */
export class EventQueue {
  private readonly heap: Array<{ atMs: number; seq: number; event: DueEvent }> = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  /** Schedules an event. */
  push(event: DueEvent): void {
    const heap = this.heap;
    heap.push({ atMs: event.atMs, seq: this.seq++, event });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** The earliest due time, or Infinity when empty. */
  peekTime(): number {
    return this.heap[0]?.atMs ?? Number.POSITIVE_INFINITY;
  }

  /** Removes and returns the earliest event. */
  pop(): DueEvent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (!top || !last) return undefined;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.less(l, m)) m = l;
        if (r < heap.length && this.less(r, m)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top.event;
  }

  private less(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.atMs < y.atMs || (x.atMs === y.atMs && x.seq < y.seq);
  }
}
