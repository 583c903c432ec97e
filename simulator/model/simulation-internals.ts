import type { ClusterSnapshot, KubeObject, Simulation } from '../api-types.ts';
import type { ClusterState } from './cluster-state.ts';

/** What the Kubernetes API view reads of a simulation: the snapshot, the state, the applied manifests. */
export interface SimulationInternals {
  snapshot: ClusterSnapshot;
  state: ClusterState;
  /** The student's manifests by `manifestKey` (kept in step by scale, set image…). */
  manifests: ReadonlyMap<string, KubeObject>;
  /** The control plane's change counter, without the moves of the clock that changed nothing. */
  version: number;
}

/**
 * The internals of a simulation made by createSimulation (simulator folders only; not public API). Found
 * by its `internals()` method so this module needs no import of simulation.ts (no import cycle).
 */
export function simulationInternals(sim: Simulation): SimulationInternals {
  const withInternals = sim as Simulation & { internals?: () => SimulationInternals };
  if (typeof withInternals.internals !== 'function')
    throw new TypeError('not a simulation made by createSimulation');
  return withInternals.internals();
}
