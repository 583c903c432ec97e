/**
 * The recent changes a watch may resume from, as the apiserver's watch cache keeps them: a watch from
 * resourceVersion N gets every change after N that is still held, and one from before the oldest held gets
 * 410 Gone, "too old resource version: N (OLDEST-1)" (k8s.io/apiserver pkg/storage/cacher watch_cache.go),
 * after which a client lists again.
 */
import type { Json } from './object-meta.ts';

/** A change seen by watchers. */
export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  resource: string;
  object: Json;
}

/** A bounded log of watch events by resourceVersion. */
export class WatchHistory {
  private readonly events: { rv: number; event: WatchEvent }[] = [];

  constructor(private readonly capacity = 2000) {}

  /**
   * Records a refresh's events (in resourceVersion order); `versions[i]` is event i's resourceVersion when
   * the caller knows it (the event's object is then not read, so not parsed, here).
   */
  record(events: readonly WatchEvent[], versions?: readonly number[]): void {
    // Only the newest `capacity` are kept: the first build of a big cluster is 26,000 ADDED events.
    for (let i = Math.max(0, events.length - this.capacity); i < events.length; i++) {
      const event = events[i]!;
      this.events.push({
        rv: versions?.[i] ?? Number((event.object.metadata as Json).resourceVersion),
        event,
      });
    }
    if (this.events.length > this.capacity) this.events.splice(0, this.events.length - this.capacity);
  }

  /** The events after `rv`, or the oldest version still held when `rv` is older than that. */
  after(rv: number): WatchEvent[] | { tooOld: number } {
    const oldest = this.events[0]?.rv;
    if (oldest !== undefined && rv < oldest - 1) return { tooOld: oldest - 1 };
    return this.events.filter((e) => e.rv > rv).map((e) => e.event);
  }
}
