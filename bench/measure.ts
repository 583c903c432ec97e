/**
 * Times a synchronous function over many runs and prints its median and p95 on one aligned line — the
 * shape every latency benchmark here reports.
 */
export interface MeasureOptions {
  /** Untimed runs first, so the JIT has compiled the code (default: min(20, runs); 0 to time cold runs). */
  warmup?: number;
  /** Width of the name column. */
  width?: number;
  /** Decimals of the milliseconds. */
  digits?: number;
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
  times.sort((a, b) => a - b);
  const at = (q: number): string =>
    (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(digits);
  console.log(`${name.padEnd(width)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   (${runs} runs)`);
}

/** CPU milliseconds (user + system, all threads) since `since`: steadier than wall-clock on a shared machine. */
export function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}
