/**
 * The lab's run lifecycle as a statechart: idle → starting (with progress) → running, or failed. The
 * start itself is an invoked promise actor (`start`, provided by the session: the runtime fallback), so a
 * newer Run re-enters `starting` and XState stops the older start — its AbortSignal fires and its result is
 * never heard. Stop returns to idle from anywhere, cancelling a start the same way.
 */
import { assign, fromPromise, setup, type ActorRefFrom, type AnyActorRef } from 'xstate';
import type { FunctionFiles, StartProgress } from '../../../labs/index.ts';
import type { Bilingual, Diagnostic } from '../../../core/index.ts';
import type { BrowserRuntimeKind } from './runtime-choice.ts';

/** Why a start failed: positioned diagnostics, or one message. */
export interface LabRunFailure {
  diagnostics: Diagnostic[];
  message: Bilingual | null;
}

/** What the machine remembers. */
export interface LabRunContext {
  progress: StartProgress | null;
  failure: LabRunFailure | null;
  /** What the last Run asked to start, in the runtimes to try in order. */
  request: { files: FunctionFiles; kinds: BrowserRuntimeKind[] } | null;
}

/** The events the session sends (and the start reports progress with). */
export type LabRunEvent =
  | { type: 'RUN'; files: FunctionFiles; kinds: BrowserRuntimeKind[] }
  | { type: 'PROGRESS'; progress: StartProgress }
  | { type: 'STOP' };

/** What the start actor receives: the request, and the machine to report progress to. */
export interface StartInput {
  files: FunctionFiles;
  kinds: BrowserRuntimeKind[];
  machine: AnyActorRef;
}

/** The start's outcome: running, or why not. */
export type StartOutcome = { ok: true } | ({ ok: false } & LabRunFailure);

/** The machine (plain config; the session provides `start` and runs it with `createActor`). */
export const labRunMachine = setup({
  types: { context: {} as LabRunContext, events: {} as LabRunEvent },
  actors: {
    // Placeholder: the session provides the real start (it owns the runtimes).
    start: fromPromise<StartOutcome, StartInput>(async () => ({
      ok: false,
      diagnostics: [],
      message: { es: 'Sin entorno de ejecución.', en: 'No runtime.' },
    })),
  },
}).createMachine({
  id: 'labRun',
  initial: 'idle',
  context: { progress: null, failure: null, request: null },
  on: {
    STOP: { target: '.idle', actions: assign({ progress: null }) },
    RUN: {
      target: '.starting',
      reenter: true,
      actions: assign({ request: ({ event }) => ({ files: event.files, kinds: event.kinds }) }),
    },
  },
  states: {
    idle: {},
    starting: {
      entry: assign({ progress: null, failure: null }),
      invoke: {
        src: 'start',
        input: ({ context, self }) => ({
          files: context.request?.files ?? {},
          kinds: context.request?.kinds ?? [],
          machine: self,
        }),
        onDone: [
          { guard: ({ event }) => event.output.ok, target: 'running' },
          {
            target: 'failed',
            actions: assign({
              failure: ({ event }) =>
                event.output.ok
                  ? null
                  : { diagnostics: event.output.diagnostics, message: event.output.message },
            }),
          },
        ],
        onError: {
          target: 'failed',
          actions: assign({
            failure: ({ event }) => ({
              diagnostics: [],
              message: { es: String(event.error), en: String(event.error) },
            }),
          }),
        },
      },
      on: { PROGRESS: { actions: assign({ progress: ({ event }) => event.progress }) } },
    },
    running: {},
    failed: {},
  },
});

/** A running lab run machine. */
export type LabRunActor = ActorRefFrom<typeof labRunMachine>;

/** The state names, for the UI. */
export type LabRunState = 'idle' | 'starting' | 'running' | 'failed';
