import type { ClusterSnapshot } from '../api-types.ts';

/**
 * Whether `after` pictures the same cluster as `before`, only later: every field but the time is the same
 * value. Simulation.snapshot() keeps its lists (Pods, nodes, events…) while only the clock moves, so a
 * view can skip its redraw on such a tick; a change of the cluster builds new lists.
 */
export function onlyTheClockMoved(before: ClusterSnapshot | null, after: ClusterSnapshot): boolean {
  if (!before) return false;
  for (const key of Object.keys(after) as Array<keyof ClusterSnapshot>)
    if (key !== 'timeMs' && before[key] !== after[key]) return false;
  return true;
}
