import { assign, setup } from 'xstate';

/** Context of the simulation clock: how many simulated ms pass per real ms. */
export interface ClockContext {
  speed: number;
}

/** Events the clock accepts. `TICK` carries real elapsed ms (from requestAnimationFrame). */
export type ClockEvent =
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'STEP'; ms: number }
  | { type: 'SPEED'; speed: number }
  | { type: 'TICK'; realMs: number };

/**
 * The simulation clock as a statechart: paused or running, with a speed. The machine only decides;
 * the actions `advance` are supplied by the driver, which owns the simulation.
 */
export const clockMachine = setup({
  types: { context: {} as ClockContext, events: {} as ClockEvent, input: {} as { speed?: number } },
  actions: {
    advance: (_, _params: { ms: number }) => {},
  },
}).createMachine({
  id: 'clock',
  context: ({ input }) => ({ speed: input.speed ?? 1 }),
  initial: 'paused',
  on: {
    SPEED: { actions: assign({ speed: ({ event }) => Math.min(1000, Math.max(0.1, event.speed)) }) },
  },
  states: {
    paused: {
      on: {
        PLAY: 'running',
        STEP: { actions: { type: 'advance', params: ({ event }) => ({ ms: Math.max(0, event.ms) }) } },
      },
    },
    running: {
      on: {
        PAUSE: 'paused',
        TICK: {
          actions: {
            type: 'advance',
            params: ({ context, event }) => ({
              ms: Math.max(0, Math.min(event.realMs, 250)) * context.speed,
            }),
          },
        },
      },
    },
  },
});
