/**
 * The scenario's guided steps: each goal with its state (checked against the cluster and the requests
 * sent), a hint, and the completion saved in the student's progress with markTaskDone.
 */
import type { ClusterSnapshot } from '../../../simulator/index.ts';
import type { ScenarioStep } from '../../../simulator/scenarios/scenario.ts';
import { checkStep, type SentRequest } from '../../../simulator/scenarios/step-check.ts';
import { isTaskDone, markTaskDone } from '../../progress/progress-store.ts';
import { element } from './dom-element.ts';
import { fill } from '../../../core/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** The steps list, the compact bar over the drawing, and a way to re-check them. */
export interface GuidedSteps {
  element: HTMLElement;
  /** The current step and its state, kept in view beside the drawing while the student works. */
  bar: HTMLElement;
  check(snapshot: ClusterSnapshot, sent: readonly SentRequest[]): void;
}

/** The progress id of a step: `sim/SCENARIO/STEP`. */
export function stepTaskId(scenarioId: string, stepId: string): string {
  return `sim/${scenarioId}/${stepId}`;
}

/** Creates the list for a scenario's steps. */
export function createGuidedSteps(
  scenarioId: string,
  steps: ScenarioStep[],
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
  showAll: () => void,
): GuidedSteps {
  const done = new Set(steps.filter((s) => isTaskDone(stepTaskId(scenarioId, s.id))).map((s) => s.id));
  const summary = element('p', { class: 'sim-steps-summary', role: 'status' });
  const items = steps.map((step) => {
    const state = element('span', { class: 'sim-step-state' });
    const li = element(
      'li',
      { class: 'sim-step', 'data-step': step.id },
      state,
      element('span', { class: 'sim-step-goal' }, step.goal[lang]),
      element(
        'details',
        { class: 'sim-hint' },
        element('summary', {}, t.hint),
        element('p', {}, step.hint[lang]),
      ),
    );
    return { step, li, state };
  });
  const barCount = element('span', { class: 'sim-stepbar-count' });
  const barGoal = element('span', { class: 'sim-stepbar-goal' });
  const barState = element('span', { class: 'sim-step-state' });
  const barButton = element(
    'button',
    { type: 'button', class: 'button ghost', 'data-sim': 'show-steps' },
    t.showSteps,
  );
  barButton.addEventListener('click', showAll);
  const bar = element(
    'div',
    { class: 'sim-stepbar', 'data-sim': 'stepbar', hidden: steps.length === 0 },
    element('p', { role: 'status' }, barCount, ' ', barGoal, ' ', barState),
    barButton,
  );
  const render = (): void => {
    const current = steps.findIndex((s) => !done.has(s.id));
    bar.classList.toggle('done', current < 0);
    barCount.textContent = current < 0 ? '' : `${fill(t.stepOf, { n: current + 1, total: steps.length })}:`;
    barGoal.textContent = current < 0 ? t.allDone : steps[current]!.goal[lang];
    barState.textContent = current < 0 ? `✓ ${done.size}/${steps.length}` : `○ ${t.stepTodo}`;
    for (const { step, li, state } of items) {
      const ok = done.has(step.id);
      li.classList.toggle('done', ok);
      state.textContent = ok ? `✓ ${t.stepDone}` : `○ ${t.stepTodo}`;
    }
    summary.textContent =
      steps.length > 0 && done.size === steps.length ? t.allDone : `${done.size}/${steps.length}`;
  };
  render();
  return {
    bar,
    element: element(
      'section',
      { class: 'sim-steps', 'aria-label': t.steps, hidden: steps.length === 0 },
      element('h4', { class: 'sim-panel-title' }, t.steps),
      element('ol', {}, ...items.map((i) => i.li)),
      summary,
    ),
    check(snapshot, sent) {
      let changed = false;
      // Steps are done in order: "recover the node" must not count before the node has failed.
      for (const { step } of items) {
        if (done.has(step.id)) continue;
        if (!checkStep(step.check, snapshot, sent)) break;
        done.add(step.id);
        markTaskDone(stepTaskId(scenarioId, step.id));
        changed = true;
      }
      if (changed) render();
    },
  };
}
