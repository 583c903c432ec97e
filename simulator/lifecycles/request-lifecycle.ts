import { assign, createActor, setup } from 'xstate';
import type { Hop, Trace } from '../api-types.ts';

/** Where a request is while the view replays its trace hop by hop. */
export interface TracePlayerState {
  phase: 'travelling' | 'answered' | 'refused';
  /** Index of the current hop in `trace.hops`. */
  hopIndex: number;
  hop: Hop;
}

/**
 * The request lifecycle as a statechart: it travels hop by hop, then ends answered (an HTTP status) or
 * refused (status 0: refused, dropped, timed out). The view steps it to animate a Trace.
 */
export const requestLifecycle = setup({
  types: {
    context: {} as { trace: Trace; hopIndex: number },
    events: {} as { type: 'NEXT' } | { type: 'RESTART' },
    input: {} as { trace: Trace },
  },
  guards: {
    hasMoreHops: ({ context }) => context.hopIndex < context.trace.hops.length - 1,
    answered: ({ context }) => context.trace.status > 0,
  },
}).createMachine({
  id: 'request',
  context: ({ input }) => ({ trace: input.trace, hopIndex: 0 }),
  initial: 'travelling',
  states: {
    travelling: {
      on: {
        NEXT: [
          { guard: 'hasMoreHops', actions: assign({ hopIndex: ({ context }) => context.hopIndex + 1 }) },
          { guard: 'answered', target: 'answered' },
          { target: 'refused' },
        ],
      },
    },
    answered: { on: { RESTART: { target: 'travelling', actions: assign({ hopIndex: 0 }) } } },
    refused: { on: { RESTART: { target: 'travelling', actions: assign({ hopIndex: 0 }) } } },
  },
});

/** Steps through a Trace for an animation. */
export interface TracePlayer {
  next(): TracePlayerState;
  restart(): TracePlayerState;
  state(): TracePlayerState;
  dispose(): void;
}

/** Creates a player over a trace (which must have at least the client hop). */
export function createTracePlayer(trace: Trace): TracePlayer {
  const actor = createActor(requestLifecycle, { input: { trace } });
  actor.start();
  const read = (): TracePlayerState => {
    const snap = actor.getSnapshot();
    const index = snap.context.hopIndex;
    return { phase: snap.value as TracePlayerState['phase'], hopIndex: index, hop: trace.hops[index]! };
  };
  return {
    next: () => (actor.send({ type: 'NEXT' }), read()),
    restart: () => (actor.send({ type: 'RESTART' }), read()),
    state: read,
    dispose: () => actor.stop(),
  };
}
