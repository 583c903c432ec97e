import type { Simulation } from '../api-types.ts';
import type { Operation } from './recording.ts';

/** Replays one recorded operation through the public API (deserializeSimulation uses it). */
export function runOperation(sim: Simulation, op: Operation): void {
  switch (op[0]) {
    case 'a':
      sim.apply(op[2], op[1]);
      break;
    case 'd':
      sim.delete(op[1], op[2], op[3]);
      break;
    case 's':
      sim.scale(op[1], op[2], op[3]);
      break;
    case 'i':
      sim.setImage(op[1], op[2], op[3], op[4]);
      break;
    case 'r':
      sim.rollback(op[1], op[2], op[3]);
      break;
    case 'k':
      sim.killPod(op[1], op[2]);
      break;
    case 'g':
      sim.addImage(op[1], op[2]);
      break;
    case 'f':
      sim.failNode(op[1]);
      break;
    case 'v':
      sim.recoverNode(op[1]);
      break;
    case 'c':
      sim.cordon(op[1]);
      break;
    case 'u':
      sim.uncordon(op[1]);
      break;
    case 'n':
      sim.drain(op[1], { force: op[2] });
      break;
    case 'm':
      sim.setIngressMode(op[1]);
      break;
    case 't':
      sim.advance(op[1]);
      break;
  }
}
