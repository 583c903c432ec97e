/** Simulation time 0 is 2026-01-01T00:00:00Z, so objects and events carry plausible timestamps. */
export const SIM_EPOCH_MS = Date.UTC(2026, 0, 1);

/** An RFC 3339 timestamp (seconds) for a simulation time, as the Kubernetes API writes them. */
export function simTimestamp(ms: number): string {
  return new Date(SIM_EPOCH_MS + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
