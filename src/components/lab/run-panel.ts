/**
 * The run panel: the runtime menu with the reason for the choice, Run / Stop, a progress bar for
 * boot / install / start (never a frozen button), and the start errors with their place.
 */
import { type StartProgress } from '../../../labs/index.ts';
import type { LabRunContext, LabRunState } from './lab-run-machine.ts';
import { labPart } from './lab-parts.ts';
import {
  reasonText,
  runtimeKindLabel,
  type RuntimeDecision,
  type RuntimePreference,
} from './runtime-choice.ts';
import { type UiStrings } from '../../i18n/translate.ts';
import { type Diagnostic, diagnosticOnPage, type Language } from '../../../core/index.ts';

const PHASE_KEYS = {
  preflight: 'phasePreflight',
  boot: 'phaseBoot',
  mount: 'phaseMount',
  install: 'phaseInstall',
  start: 'phaseStart',
  ready: 'phaseReady',
} as const satisfies Record<StartProgress['phase'], keyof UiStrings<'lab'>>;

const STATE_KEYS = {
  idle: 'stateIdle',
  starting: 'stateStarting',
  running: 'stateRunning',
  failed: 'stateFailed',
} as const satisfies Record<LabRunState, keyof UiStrings<'lab'>>;

/** What the controller does with the panel. */
export interface RunPanel {
  /** Shows the decision (or that it is being made, with null). */
  showDecision(decision: RuntimeDecision | null): void;
  /** Records which runtime actually runs (after any fallback). */
  showRunning(kind: string): void;
  /** Shows the run state and its progress / failure. */
  showState(state: LabRunState, context: LabRunContext): void;
  /** Says whether the editor has changes the running function does not have. */
  setStale(stale: boolean): void;
}

/** What the panel needs from the controller. */
export interface RunPanelOptions {
  s: UiStrings<'lab'>;
  lang: Language;
  preference: RuntimePreference;
  onPreference: (preference: RuntimePreference) => void;
  onRun: () => void;
  onStop: () => void;
  /** Takes the student to a place in a file. */
  onGoTo: (file: string, line: number, column: number) => void;
  /** The start's positioned problems (empty when it did not fail), for the editor's marks. */
  onProblems: (diagnostics: Diagnostic[]) => void;
}

/** Wires the panel's markup. */
export function createRunPanel(root: HTMLElement, options: RunPanelOptions): RunPanel {
  const { s, lang } = options;
  const select = labPart<HTMLSelectElement>(root, 'runtime-select');
  const run = labPart<HTMLButtonElement>(root, 'run');
  const stop = labPart<HTMLButtonElement>(root, 'stop');
  const stateText = labPart(root, 'run-state');
  const progress = labPart(root, 'progress');
  const bar = labPart<HTMLProgressElement>(root, 'progress-bar');
  const progressLabel = labPart(root, 'progress-label');
  const errors = labPart(root, 'start-errors');
  let state: LabRunState = 'idle';
  let stale = false;
  let lastProblems = '[]';

  select.value = options.preference;
  select.addEventListener('change', () => options.onPreference(select.value as RuntimePreference));
  run.addEventListener('click', () => options.onRun());
  stop.addEventListener('click', () => options.onStop());

  const label = (): void => {
    run.textContent = state === 'running' && stale ? s.restart : s.run;
  };

  return {
    showDecision(decision) {
      const kind = decision?.kinds[0];
      labPart(root, 'runtime-kind').textContent = kind ? runtimeKindLabel(kind, s) : '';
      labPart(root, 'runtime-why').textContent = decision
        ? reasonText(decision.reason, s, lang)
        : s.reasonChecking;
      root.dataset.runtime = kind ?? 'deciding';
    },
    showRunning(kind) {
      root.dataset.runningRuntime = kind;
    },
    showState(next, context) {
      state = next;
      stateText.textContent = s[STATE_KEYS[next]];
      stateText.dataset.state = next;
      root.dataset.runState = next;
      stop.disabled = next === 'idle' || next === 'failed';
      run.setAttribute('aria-busy', String(next === 'starting'));
      progress.hidden = next !== 'starting';
      if (next === 'starting') {
        const phase = context.progress;
        progressLabel.textContent = phase
          ? `${s[PHASE_KEYS[phase.phase]]}: ${phase.message[lang]}`
          : s.phasePreflight;
        // An indeterminate bar (no value) when the runtime does not know how far it is.
        if (phase?.fraction !== undefined) bar.value = phase.fraction;
        else bar.removeAttribute('value');
      }
      const failure = next === 'failed' ? context.failure : null;
      errors.hidden = !failure;
      if (failure) {
        const title = document.createElement('p');
        title.textContent = s.startFailed;
        const list = document.createElement('ul');
        for (const d of failure.diagnostics) {
          const item = document.createElement('li');
          // A diagnostic with a place is a button that takes the student to it.
          const target =
            d.place.line > 0
              ? Object.assign(document.createElement('button'), { type: 'button', className: 'fl-goto' })
              : item;
          target.textContent = diagnosticOnPage(d, lang).line;
          if (target !== item) {
            target.addEventListener('click', () =>
              options.onGoTo(d.place.file, d.place.line, d.place.column),
            );
            item.append(target);
          }
          list.append(item);
        }
        if (failure.message)
          list.append(Object.assign(document.createElement('li'), { textContent: failure.message[lang] }));
        errors.replaceChildren(title, list);
      }
      const problems = failure?.diagnostics ?? [];
      const key = JSON.stringify(problems);
      if (key !== lastProblems) options.onProblems(problems);
      lastProblems = key;
      label();
    },
    setStale(value) {
      stale = value;
      label();
    },
  };
}
