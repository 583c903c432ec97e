/**
 * The checks panel: runs the lab's hidden checks against the running function and shows each
 * pass/fail with expected vs got. When every check passes the lab is marked done (`lab/<id>`).
 */
import type { CheckResult, Lab } from '../../../labs/index.ts';
import { isTaskDone, markTaskDone, PROGRESS_EVENT } from '../../progress/progress-store.ts';
import { labPart } from './lab-parts.ts';
import { fill, type Language } from '../../../core/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/**
 * The progress task id of a lab: `lab/<id>`. (The progress store's ids are slugs, so the `lab:<id>`
 * form would be refused; `/` keeps the namespace readable.)
 */
export function labTaskId(labId: string): string {
  return `lab/${labId}`;
}

/** What the panel needs from the controller. */
export interface ChecksPanelOptions {
  lab: Lab;
  s: UiStrings<'lab'>;
  lang: Language;
  /** Starts the student's current files if needed and runs the checks; null when it cannot start. */
  check: () => Promise<CheckResult[] | null>;
}

function resultItem(result: CheckResult, s: UiStrings<'lab'>, lang: Language): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `fl-check fl-check--${result.passed ? 'pass' : 'fail'}`;
  const head = document.createElement('p');
  head.className = 'fl-check-head';
  const badge = document.createElement('span');
  badge.className = 'fl-badge';
  badge.textContent = result.passed ? `✓ ${s.checkPassed}` : `✗ ${s.checkFailed}`;
  head.append(badge, ' ', result.title[lang]);
  item.append(head);
  if (!result.passed) {
    const facts = document.createElement('dl');
    facts.className = 'fl-expected-got';
    for (const [term, text] of [
      [s.expected, result.expected],
      [s.got, result.got],
    ] as const) {
      const dt = document.createElement('dt');
      dt.textContent = term;
      const dd = document.createElement('dd');
      dd.textContent = text;
      facts.append(dt, dd);
    }
    item.append(facts);
  }
  return item;
}

/** Wires the panel's markup. */
export function wireChecksPanel(root: HTMLElement, options: ChecksPanelOptions): void {
  const { lab, s, lang } = options;
  const button = labPart<HTMLButtonElement>(root, 'check');
  const summary = labPart(root, 'check-summary');
  const list = labPart(root, 'check-results');
  const done = labPart(root, 'done');
  const refreshDone = (): void => void (done.hidden = !isTaskDone(labTaskId(lab.id)));
  refreshDone();
  // Progress reset or imported elsewhere on the page (the course's progress panel) shows here too.
  window.addEventListener(PROGRESS_EVENT, refreshDone);
  button.addEventListener('click', async () => {
    button.disabled = true;
    summary.textContent = s.checking;
    summary.dataset.outcome = 'pending';
    list.replaceChildren();
    try {
      const results = await options.check();
      if (!results) {
        summary.textContent = s.notStarted;
        summary.dataset.outcome = 'error';
        return;
      }
      list.replaceChildren(...results.map((r) => resultItem(r, s, lang)));
      const passed = results.filter((r) => r.passed).length;
      const all = passed === results.length;
      summary.textContent = all ? s.allPassed : fill(s.somePassed, { passed, total: results.length });
      summary.dataset.outcome = all ? 'ok' : 'error';
      if (all) {
        markTaskDone(labTaskId(lab.id));
        refreshDone();
      }
    } catch (error) {
      summary.textContent = String(error);
      summary.dataset.outcome = 'error';
    } finally {
      button.disabled = false;
    }
  });
}
