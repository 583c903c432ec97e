/**
 * Results that no longer describe the code: once the handler is edited, the last response and the check
 * results ("Every check passes!") are cleared, so the student never reads a verdict about code that is gone.
 */
import { labPart } from './lab-parts.ts';
import type { UiStrings } from '../../i18n/translate.ts';

/** Empties the response panel and the check results of the lab in `root`. */
export function clearLabResults(root: HTMLElement, s: UiStrings<'lab'>): void {
  const summary = labPart(root, 'response-summary');
  if (summary.dataset.outcome) {
    summary.textContent = s.noResponse;
    delete summary.dataset.outcome;
    for (const part of ['response-facts', 'response-headers-box', 'response-body', 'response-limit'])
      labPart(root, part).hidden = true;
    labPart(root, 'response-body').textContent = '';
  }
  const checks = labPart(root, 'check-summary');
  if (checks.dataset.outcome && checks.dataset.outcome !== 'pending') {
    checks.textContent = '';
    delete checks.dataset.outcome;
    labPart(root, 'check-results').replaceChildren();
  }
}
