import { describe, expect, it } from 'vitest';
import { logTail } from './log-tail.ts';

describe('logTail (tailLines, kubectl logs --tail)', () => {
  const log = 'one\ntwo\nthree\n';
  it('keeps the last N lines, none for 0, all for a negative N or more than there are', () => {
    expect(logTail(log, 2)).toBe('two\nthree\n');
    expect(logTail(log, 0)).toBe('');
    expect(logTail(log, -1)).toBe(log);
    expect(logTail(log, 10)).toBe(log);
    // A last line still being written keeps its missing newline.
    expect(logTail('a\nb', 1)).toBe('b');
  });
});
