import type { Simulation } from '../api-types.ts';
import type { Operation } from './recording.ts';

type Replay = {
  [K in Operation[0]]: (sim: Simulation, op: Extract<Operation, [K, ...unknown[]]>) => unknown;
};

/** How each recorded operation replays through the public API: one row per operation code. */
const REPLAY: Replay = {
  a: (sim, [, file, text]) => sim.apply(text, file),
  d: (sim, [, kind, ns, name, grace]) =>
    sim.delete(kind, ns, name, typeof grace === 'number' ? { gracePeriodSeconds: grace } : {}),
  s: (sim, [, ns, name, replicas]) => sim.scale(ns, name, replicas),
  i: (sim, [, ns, name, container, image]) => sim.setImage(ns, name, container, image),
  r: (sim, [, ns, name, revision]) => sim.rollback(ns, name, revision),
  k: (sim, [, ns, name]) => sim.killPod(ns, name),
  g: (sim, [, image, platforms]) => sim.addImage(image, platforms),
  f: (sim, [, node]) => sim.failNode(node),
  v: (sim, [, node]) => sim.recoverNode(node),
  c: (sim, [, node]) => sim.cordon(node),
  u: (sim, [, node]) => sim.uncordon(node),
  n: (sim, [, node, force]) => sim.drain(node, { force }),
  m: (sim, [, mode]) => sim.setIngressMode(mode),
  t: (sim, [, ms]) => sim.advance(ms),
};

/** Replays one recorded operation through the public API (deserializeSimulation uses it). */
export function runOperation(sim: Simulation, op: Operation): void {
  // A code that is not a row (a hand-edited link) replays as nothing, as an unknown operation always did.
  if (!Object.hasOwn(REPLAY, op[0])) return;
  (REPLAY[op[0]] as (sim: Simulation, op: Operation) => unknown)(sim, op);
}
