/**
 * Times a synchronous function over many runs and prints its median and p95 on one aligned line — the
 * shape every latency benchmark here reports — and the percentile the other benchmarks print.
 */
export interface MeasureOptions {
  /** Untimed runs first, so the JIT has compiled the code (default: min(20, runs); 0 to time cold runs). */
  warmup?: number;
  /** Width of the name column. */
  width?: number;
  /** Decimals of the milliseconds. */
  digits?: number;
}

/** The `p`th percentile of `values` (nearest rank below: index ⌊p/100 · n⌋ of the sorted values). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `fn` `runs` times and prints `name  median X ms   p95 Y ms   (N runs)`. */
export function measure(name: string, runs: number, fn: () => unknown, options: MeasureOptions = {}): void {
  const { warmup = Math.min(20, runs), width = 52, digits = 3 } = options;
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const at = (p: number): string => percentile(times, p).toFixed(digits);
  console.log(`${name.padEnd(width)} median ${at(50)} ms   p95 ${at(95)} ms   (${runs} runs)`);
}

/** CPU milliseconds (user + system, all threads) since `since`: steadier than wall-clock on a shared machine. */
export function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
