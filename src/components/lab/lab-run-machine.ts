/**
 * The lab's run lifecycle as a statechart: idle → starting (with progress) → running, or failed.
 * A Run while running restarts with the new files; Stop returns to idle from anywhere.
 */
import { assign, setup } from 'xstate';
import type { StartProgress } from '../../../labs/index.ts';
import type { Bilingual, Diagnostic } from '../../../core/index.ts';

/** What the machine remembers. */
export interface LabRunContext {
  progress: StartProgress | null;
  /** Why the last start failed: positioned diagnostics, or one message. */
  failure: { diagnostics: Diagnostic[]; message: Bilingual | null } | null;
}

/** The events the session sends. */
export type LabRunEvent =
  | { type: 'RUN' }
  | { type: 'PROGRESS'; progress: StartProgress }
  | { type: 'STARTED' }
  | { type: 'FAILED'; diagnostics: Diagnostic[]; message: Bilingual | null }
  | { type: 'STOP' };

/** The machine (plain config; the session runs it with `createActor`). */
export const labRunMachine = setup({
  types: { context: {} as LabRunContext, events: {} as LabRunEvent },
}).createMachine({
  id: 'labRun',
  initial: 'idle',
  context: { progress: null, failure: null },
  on: { STOP: { target: '.idle', actions: assign({ progress: null }) } },
  states: {
    idle: { on: { RUN: 'starting' } },
    starting: {
      entry: assign({ progress: null, failure: null }),
      on: {
        PROGRESS: { actions: assign({ progress: ({ event }) => event.progress }) },
        STARTED: 'running',
        FAILED: {
          target: 'failed',
          actions: assign({
            failure: ({ event }) => ({ diagnostics: event.diagnostics, message: event.message }),
          }),
        },
        RUN: { target: 'starting', reenter: true },
      },
    },
    running: { on: { RUN: 'starting' } },
    failed: { on: { RUN: 'starting' } },
  },
});

/** The state names, for the UI. */
export type LabRunState = 'idle' | 'starting' | 'running' | 'failed';
