/** Times `count` text requests against a started runtime, one after another (for the benchmarks). */
import type { FunctionRuntime } from '../../labs/index.ts';
import { post, TEXT_PLAIN } from '../../labs/lab-checks.ts';

/** Milliseconds each `POST /` with the body `bodyOf(i)` took, in order. */
export async function timedInvokes(
  runtime: Pick<FunctionRuntime, 'invoke'>,
  count: number,
  bodyOf: (i: number) => string,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const began = performance.now();
    await runtime.invoke(post(TEXT_PLAIN, bodyOf(i)));
    times.push(performance.now() - began);
  }
  return times;
}
