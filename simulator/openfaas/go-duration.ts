/**
 * Go `time.ParseDuration` syntax, which OpenFaaS uses for `exec_timeout`, `zero-duration` and friends:
 * a sequence of decimal numbers with units ns, us, µs, ms, s, m, h (e.g. `15m`, `1m30s`, `10s`).
 * A bare number is not a duration in Go; the watchdog and autoscaler would refuse it.
 */

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
};
const PART = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/y;

/** Milliseconds for a Go duration string, or null when it does not parse. */
export function parseGoDuration(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '0') return 0;
  if (trimmed === '') return null;
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < trimmed.length) {
    const start = PART.lastIndex;
    const match = PART.exec(trimmed);
    if (!match || match.index !== start) return null;
    total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? Number.NaN);
  }
  return Number.isFinite(total) ? total : null;
}

/** A duration in ms written the short way Go prints it (`15m0s` → `15m`, `1500` → `1.5s`). */
export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0 && ms > 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0 && ms > 0) return `${ms / 60_000}m`;
  if (ms >= 1_000) return `${ms / 1_000}s`;
  return `${ms}ms`;
}
