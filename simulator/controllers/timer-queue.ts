/** A timer of the simulation clock. */
interface Timer {
  atMs: number;
  seq: number;
  run: () => void;
}

/**
 * The simulation clock's schedule: callbacks due at simulated times, run in time order (then in the
 * order they were scheduled, so runs are deterministic). A binary heap keeps 10,000s of timers cheap.
 */
export class TimerQueue {
  private heap: Timer[] = [];
  private seq = 0;

  /** Schedules `run` at `atMs`. */
  schedule(atMs: number, run: () => void): void {
    const timer = { atMs, seq: this.seq++, run };
    const heap = this.heap;
    heap.push(timer);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** Time of the next timer, or null. */
  peekTime(): number | null {
    return this.heap[0]?.atMs ?? null;
  }

  /** Removes and returns the earliest timer. */
  pop(): (() => void) | null {
    const heap = this.heap;
    const top = heap[0];
    if (!top) return null;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top.run;
  }

  get size(): number {
    return this.heap.length;
  }
}

function before(a: Timer, b: Timer): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}
