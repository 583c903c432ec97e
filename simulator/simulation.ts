import type { Simulation, SimulationOptions } from './api-types.ts';

/** Creates a simulated k3s cluster (being implemented). */
export function createSimulation(_options: SimulationOptions): Simulation {
  throw new Error('createSimulation: not implemented yet');
}

/** Rebuilds a simulation from `serialize()` output, replaying it to the identical state (being implemented). */
export function deserializeSimulation(_encoded: string): Simulation {
  throw new Error('deserializeSimulation: not implemented yet');
}
