/**
 * Bounds what a handler's output costs the page: each line is cut to MAX_LINE_CHARS, and at most
 * LINES_PER_SECOND lines or CHARS_PER_SECOND characters pass per second; what is dropped is counted
 * and said once in a system line. A handler logging 8 MB lines in a loop then sends the page a few
 * hundred kilobytes a second instead of freezing it. Browser-safe.
 */
import { serverNotices } from '../function-server/server-notices.mjs';

const notices = serverNotices();

/** Longest line passed on, in characters. */
export const MAX_LINE_CHARS = 8 * 1024;
/** Lines passed on per second. */
export const LINES_PER_SECOND = 200;
/** Characters passed on per second. */
export const CHARS_PER_SECOND = 256 * 1024;

type Stream = 'stdout' | 'stderr' | 'system';

/** Wraps an output callback with the bounds above. */
export class LogThrottle {
  private windowStart = -Infinity;
  private lines = 0;
  private chars = 0;
  private dropped = 0;

  constructor(
    private readonly emit: (stream: Stream, text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Passes one line on, cut or dropped when over the bounds. System lines always pass. */
  line(stream: Stream, text: string): void {
    if (stream === 'system') return this.emit(stream, text);
    const now = this.now();
    if (now - this.windowStart >= 1000) {
      if (this.dropped > 0) this.emit('system', droppedNotice(this.dropped));
      this.windowStart = now;
      this.lines = 0;
      this.chars = 0;
      this.dropped = 0;
    }
    const shown = text.length > MAX_LINE_CHARS ? cut(text) : text;
    if (this.lines >= LINES_PER_SECOND || this.chars + shown.length > CHARS_PER_SECOND) {
      this.dropped++;
      return;
    }
    this.lines++;
    this.chars += shown.length;
    this.emit(stream, shown);
  }

  /** Says how many lines were dropped since the last notice (call when a request ends). */
  flush(): void {
    if (this.dropped === 0) return;
    this.emit('system', droppedNotice(this.dropped));
    this.dropped = 0;
  }
}

function cut(text: string): string {
  const rest = text.length - MAX_LINE_CHARS;
  return `${text.slice(0, MAX_LINE_CHARS)}… [+${rest} caracteres / characters]`;
}

function droppedNotice(count: number): string {
  return notices.noticeLine('log-lines-dropped', {
    count,
    lines: LINES_PER_SECOND,
    kb: CHARS_PER_SECOND / 1024,
  });
}
