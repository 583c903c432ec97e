import type { ClusterState } from './cluster-state.ts';
import type { SimulationInternals } from './simulation-internals.ts';

/**
 * The event log's length and its events' counts summed: with its newest event, they change with every
 * event recorded (a new one becomes the newest, a repeat raises a count; the engine records events without
 * moving its version).
 */
function eventLogMark(events: ClusterState['events']): string {
  let counts = 0;
  for (const e of events) counts += e.count ?? 1;
  return `${events.length}/${counts}`;
}

/**
 * What the last build of a picture of the cluster was made of: the cluster's version and its event log.
 * The API view, `rollout status` and the simulation's snapshot each keep one, to rebuild only after a change.
 */
export class BuildMark {
  private version = -1;
  private events = '';
  private newest: ClusterState['events'][number] | undefined;

  /** Whether the cluster's version or event log moved since the last build (and notes them as built). */
  moved(internals: Pick<SimulationInternals, 'state' | 'version'>): boolean {
    const log = internals.state.events;
    const mark = eventLogMark(log);
    const newest = log[log.length - 1];
    if (internals.version === this.version && mark === this.events && newest === this.newest) return false;
    this.version = internals.version;
    this.events = mark;
    this.newest = newest;
    return true;
  }
}
