/** A bounded, subscribable feed of log entries: what every runtime's `logs` is. */
import type { LimitEvent, LogEntry, LogFeed } from './types.ts';

/** A LogFeed a runtime writes to. Keeps the last `capacity` entries for late subscribers. */
export class LogBuffer implements LogFeed {
  private readonly entries: LogEntry[] = [];
  private readonly listeners = new Set<(entry: LogEntry) => void>();
  private partial: Record<'stdout' | 'stderr', string> = { stdout: '', stderr: '' };

  constructor(private readonly capacity = 500) {}

  /** Adds an entry and tells every subscriber. A throwing subscriber does not stop the others. */
  push(entry: LogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    for (const listener of this.listeners) {
      try {
        listener(entry);
      } catch {
        // A broken view must not break the runtime that feeds it.
      }
    }
  }

  /** Adds one line. */
  line(stream: 'stdout' | 'stderr' | 'system', text: string, time = Date.now()): void {
    this.push({ type: 'line', time, stream, text });
  }

  /** Adds a chunk of process output, split into lines (a trailing partial line waits for the rest). */
  chunk(stream: 'stdout' | 'stderr', text: string, time = Date.now()): void {
    const lines = (this.partial[stream] + text).split('\n');
    this.partial[stream] = lines.pop() ?? '';
    for (const text of lines) this.line(stream, text.replace(/\r$/, ''), time);
  }

  /** Adds a limit event. */
  limit(limit: LimitEvent, time = Date.now()): void {
    this.push({ type: 'limit', time, limit });
  }

  subscribe(listener: (entry: LogEntry) => void, options: { replay?: boolean } = {}): () => void {
    if (options.replay) for (const entry of this.entries) listener(entry);
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  history(): readonly LogEntry[] {
    return this.entries;
  }
}
