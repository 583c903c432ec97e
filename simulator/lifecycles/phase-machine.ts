import { setup, transition, type AnyStateMachine } from 'xstate';

/** The machines keep no data of their own: the state is the phase; the object's fields live in the cluster state. */
export type PhaseContext = Record<string, never>;

/** XState's `setup()` for a phase machine (a Pod's or a node's): no context of its own, typed events. */
export function setupPhaseMachine<E extends { type: string }>() {
  return setup({ types: { context: {} as PhaseContext, events: {} as E } });
}

/**
 * The step function of a phase machine: the phase it moves to on an event (the same phase when the event does
 * not apply there), by XState's pure `transition`. Thousands of objects move at once, so there is no actor
 * per object, and each (phase, event) answer is memoized. `S` and `E` are the machine's phases and event types.
 */
export function phaseStepper<S extends string, E extends string>(
  machine: AnyStateMachine,
): (phase: S, event: E) => S {
  const memo = new Map<string, S>();
  return (phase, event) => {
    const key = `${phase}:${event}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const [snapshot] = transition(machine, machine.resolveState({ value: phase, context: {} }), {
      type: event,
    });
    const next: S = snapshot.value;
    memo.set(key, next);
    return next;
  };
}
