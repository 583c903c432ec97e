/**
 * The simulation's state in the page URL: `#sim-SCENARIO=…` holds `serialize()`, so a reload or a shared
 * link replays to the same cluster. Several islands on one page each keep their own key.
 */

function key(scenarioId: string): string {
  return `sim-${scenarioId}`;
}

/** The saved state of a scenario in `hash`, or null. */
export function readSimState(hash: string, scenarioId: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(key(scenarioId));
}

/** `hash` with the scenario's state set (or removed when `encoded` is null). */
export function writeSimState(hash: string, scenarioId: string, encoded: string | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (encoded === null) params.delete(key(scenarioId));
  else params.set(key(scenarioId), encoded);
  const text = params.toString();
  return text ? `#${text}` : '';
}
