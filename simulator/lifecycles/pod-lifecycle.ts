import { phaseStepper, setupPhaseMachine } from './phase-machine.ts';

/** The states of a Pod as the simulator tracks them (kubectl STATUS values derive from them). */
export type PodPhaseState =
  | 'Unscheduled'
  | 'ContainerCreating'
  | 'Running'
  | 'CrashLoopBackOff'
  | 'ErrImagePull'
  | 'Exited'
  | 'Terminating'
  | 'Terminated';

/** Events that move a Pod (sent by the scheduler, the kubelet model and the API). */
export type PodLifecycleEvent =
  | { type: 'SCHEDULED' }
  | { type: 'STARTED' }
  | { type: 'CRASHED' }
  | { type: 'RESTART' }
  | { type: 'PULL_FAILED' }
  | { type: 'EXITED' }
  | { type: 'DELETE' }
  | { type: 'GONE' };

/**
 * The Pod lifecycle as a statechart (pod-lifecycle.md: Pending → Running, restarts with back-off,
 * Terminating). ErrImagePull covers the pull back-off (the kubelet retries from there, so the Pod never
 * shows ContainerCreating again); CrashLoopBackOff goes straight back to Running when the container
 * restarts; Exited is a Pod whose containers all ended and will not restart (restartPolicy Never or
 * OnFailure), Succeeded or Failed by their exit codes. Thousands of Pods move at once, so there is no actor per Pod: the controllers call
 * {@link nextPodState}, which runs XState's pure `transition` and memoizes the answer.
 */
export const podLifecycle = setupPhaseMachine<PodLifecycleEvent>().createMachine({
  id: 'pod',
  context: {},
  initial: 'Unscheduled',
  states: {
    Unscheduled: { on: { SCHEDULED: 'ContainerCreating', DELETE: 'Terminated' } },
    ContainerCreating: {
      on: { STARTED: 'Running', PULL_FAILED: 'ErrImagePull', EXITED: 'Exited', DELETE: 'Terminating' },
    },
    ErrImagePull: {
      on: { STARTED: 'Running', RESTART: 'ContainerCreating', EXITED: 'Exited', DELETE: 'Terminating' },
    },
    Running: {
      on: {
        CRASHED: 'CrashLoopBackOff',
        PULL_FAILED: 'ErrImagePull',
        EXITED: 'Exited',
        DELETE: 'Terminating',
      },
    },
    CrashLoopBackOff: {
      on: { STARTED: 'Running', RESTART: 'ContainerCreating', EXITED: 'Exited', DELETE: 'Terminating' },
    },
    Exited: { on: { DELETE: 'Terminating' } },
    Terminating: { on: { GONE: 'Terminated' } },
    Terminated: { type: 'final' },
  },
});

/** The state a Pod moves to on an event; the same state when the event does not apply there. */
export const nextPodState: (state: PodPhaseState, event: PodLifecycleEvent['type']) => PodPhaseState =
  phaseStepper(podLifecycle);
