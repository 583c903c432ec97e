/**
 * A listener told of every change or clock move of a simulation without a snapshot built for it. The
 * console's streams (`get -w`, `logs -f`, `rollout status`) run on every tick of the page's clock and read
 * only what they need; `Simulation.subscribe` builds a whole snapshot per tick (10,000 Pods on the
 * 5,000-node scenario). A simulation without the hook (not made by createSimulation) falls back to it.
 */
import type { Simulation } from '../api-types.ts';

/** Calls `listener` after each change or move of the clock; returns the unsubscribe. */
export function onSimulationChange(sim: Simulation, listener: () => void): () => void {
  const hooked = sim as Simulation & { onChange?: (listener: () => void) => () => void };
  if (typeof hooked.onChange === 'function') return hooked.onChange(listener);
  return sim.subscribe(() => listener());
}
