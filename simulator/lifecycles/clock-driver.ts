import { createActor } from 'xstate';
import { clockMachine } from './clock-machine.ts';

/** What the clock driver reports. */
export interface ClockDriverState {
  mode: 'paused' | 'running';
  speed: number;
}

/** Drives a simulation's clock from real time: the view calls `tick` from requestAnimationFrame. */
export interface ClockDriver {
  play(): void;
  pause(): void;
  /** Advances by `ms` simulated milliseconds while paused. */
  step(ms: number): void;
  setSpeed(speed: number): void;
  /** Real milliseconds since the last tick; ignored while paused (a tab in background is capped at 250 ms). */
  tick(realMs: number): void;
  state(): ClockDriverState;
  subscribe(listener: (state: ClockDriverState) => void): () => void;
  dispose(): void;
}

/** Creates a clock driver around anything that can `advance(ms)`, usually a Simulation. */
export function createClockDriver(
  target: { advance(ms: number): void },
  options: { speed?: number } = {},
): ClockDriver {
  const actor = createActor(
    clockMachine.provide({ actions: { advance: (_, params) => target.advance(params.ms) } }),
    { input: { speed: options.speed ?? 1 } },
  );
  actor.start();
  const read = (): ClockDriverState => {
    const snap = actor.getSnapshot();
    return { mode: snap.value === 'running' ? 'running' : 'paused', speed: snap.context.speed };
  };
  return {
    play: () => actor.send({ type: 'PLAY' }),
    pause: () => actor.send({ type: 'PAUSE' }),
    step: (ms) => actor.send({ type: 'STEP', ms }),
    setSpeed: (speed) => actor.send({ type: 'SPEED', speed }),
    tick: (realMs) => actor.send({ type: 'TICK', realMs }),
    state: read,
    subscribe(listener) {
      const sub = actor.subscribe(() => listener(read()));
      return () => sub.unsubscribe();
    },
    dispose: () => actor.stop(),
  };
}
