/**
 * One property of the events in the aggregation window (their object, or their text), indexed: each value's
 * newest push, and for each push in the window the previous push with the same value, so the window's
 * events sharing a value can be walked newest first without looking at the others. Pushes are numbered
 * from 1; 0 means none.
 */
export class EventWindowChains {
  private newestOf = new Map<string, number>();
  private olderNewestOf = new Map<string, number>();
  private readonly previous: Float64Array;

  constructor(private readonly window: number) {
    this.previous = new Float64Array(window);
  }

  /** The newest push with this value, or 0 (a value unseen for two generations of `window` values is older). */
  newest(value: string): number {
    return this.newestOf.get(value) ?? this.olderNewestOf.get(value) ?? 0;
  }

  /** The push before `at` with the same value, or 0; valid while `at` is in the window. */
  before(at: number): number {
    return this.previous[at % this.window]!;
  }

  /** Records push `at` with this value, whose newest push until now was `newest`. */
  pushed(at: number, value: string, newest: number): void {
    this.previous[at % this.window] = newest;
    // Two generations of `window` values hold every value of the last `window` pushes.
    if (this.newestOf.size >= this.window) {
      this.olderNewestOf = this.newestOf;
      this.newestOf = new Map();
    }
    this.newestOf.set(value, at);
  }
}
