/**
 * Values due at simulated times, taken out in time order and, at the same millisecond, in the order they
 * were put in — so a seed replays exactly. A binary heap keeps tens of thousands of entries cheap.
 */
export class TimeOrderedQueue<T> {
  private readonly heap: Array<{ atMs: number; seq: number; value: T }> = [];
  private seq = 0;

  /** How many values wait. */
  get size(): number {
    return this.heap.length;
  }

  /** Puts `value` in, due at `atMs`. */
  push(atMs: number, value: T): void {
    const heap = this.heap;
    heap.push({ atMs, seq: this.seq++, value });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  /** The earliest due time, or undefined when empty. */
  peekTime(): number | undefined {
    return this.heap[0]?.atMs;
  }

  /** Removes and returns the earliest value, or undefined when empty. */
  pop(): T | undefined {
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
        if (l < heap.length && this.before(l, m)) m = l;
        if (r < heap.length && this.before(r, m)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top.value;
  }

  private before(a: number, b: number): boolean {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.atMs < y.atMs || (x.atMs === y.atMs && x.seq < y.seq);
  }
}
