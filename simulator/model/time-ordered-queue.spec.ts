import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeOrderedQueue } from './time-ordered-queue.ts';

describe('TimeOrderedQueue', () => {
  it('gives values back by time, and at the same time in the order they went in', () => {
    const queue = new TimeOrderedQueue<string>();
    queue.push(30, 'c');
    queue.push(10, 'a1');
    queue.push(20, 'b');
    queue.push(10, 'a2');
    expect(queue.peekTime()).toBe(10);
    expect([queue.pop(), queue.pop(), queue.pop(), queue.pop()]).toEqual(['a1', 'a2', 'b', 'c']);
    expect(queue.pop()).toBeUndefined();
    expect(queue.peekTime()).toBeUndefined();
  });

  it('agrees with a stable sort for any pushes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (times) => {
        const queue = new TimeOrderedQueue<number>();
        times.forEach((t, i) => queue.push(t, i));
        const out: number[] = [];
        for (let v = queue.pop(); v !== undefined; v = queue.pop()) out.push(v);
        const expected = times
          .map((t, i) => ({ t, i }))
          .sort((a, b) => a.t - b.t || a.i - b.i)
          .map((x) => x.i);
        expect(out).toEqual(expected);
      }),
    );
  });
});
