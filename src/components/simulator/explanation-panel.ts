/**
 * The step-by-step explanation beside the drawing: every hop of the last request with what it decided,
 * revealed as the animation reaches it, and an aria-live sentence per hop for screen readers.
 */
import type { Trace } from '../../../simulator/index.ts';
import { element } from './dom-element.ts';
import { fill } from '../../../core/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** The panel and what the island tells it. */
export interface ExplanationPanel {
  element: HTMLElement;
  /** Lists the hops of `trace` (hidden until reached). */
  start(trace: Trace, title: string): void;
  /** Reveals and announces hop `index`. */
  reach(index: number): void;
  /** Shows the outcome. */
  finish(trace: Trace): void;
}

function isRefusal(status: number): boolean {
  return status === 0 || status >= 400;
}

/** Creates the panel. */
export function createExplanationPanel(t: UiStrings<'simulator'>, lang: 'es' | 'en'): ExplanationPanel {
  const heading = element('h4', { class: 'sim-panel-title' }, t.explanation);
  const request = element('p', { class: 'sim-help' }, t.explanationEmpty);
  const list = element('ol', { class: 'sim-hops' });
  const outcome = element('p', { class: 'sim-outcome', hidden: true });
  const live = element('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-sim-live': true });
  let current: Trace | null = null;
  const panel = element(
    'section',
    { class: 'sim-explain', tabindex: 0, 'aria-label': t.explanation },
    heading,
    request,
    outcome,
    list,
    live,
  );

  return {
    element: panel,
    start(trace, title) {
      current = trace;
      request.textContent = title;
      request.className = 'sim-request-line';
      outcome.hidden = true;
      const lastIndex = trace.hops.length - 1;
      list.replaceChildren(
        ...trace.hops.map((hop, i) => {
          const refusedHere = i === lastIndex && isRefusal(trace.status);
          return element(
            'li',
            { class: `sim-hop${refusedHere ? ' refused' : ''}`, 'data-kind': hop.kind, hidden: true },
            element('span', { class: 'sim-hop-kind' }, t[`hopKinds.${hop.kind}`]),
            ' ',
            element('code', {}, hop.name),
            hop.status !== undefined || refusedHere
              ? element('span', { class: 'sim-hop-status' }, ` ${hop.status ?? trace.status}`)
              : null,
            element('span', { class: 'sim-hop-detail' }, hop.detail[lang]),
          );
        }),
      );
    },
    reach(index) {
      const item = list.children[index] as HTMLElement | undefined;
      const hop = current?.hops[index];
      if (!item || !hop || !current) return;
      item.hidden = false;
      item.classList.add('reached');
      live.textContent = fill(t.hopAnnounce, {
        n: index + 1,
        total: current.hops.length,
        kind: t[`hopKinds.${hop.kind}`],
        name: hop.name,
        detail: hop.detail[lang],
      });
    },
    finish(trace) {
      for (const item of Array.from(list.children)) (item as HTMLElement).hidden = false;
      const text = trace.status === 0 ? t.noAnswer : fill(t.answered, { status: trace.status });
      const why = trace.error ? ` — ${trace.error[lang]}` : '';
      const warnings = trace.warnings.map((w) => ` ⚠ ${w[lang]}`).join('');
      outcome.textContent = `${text}${why}${warnings}`;
      outcome.className = `sim-outcome ${isRefusal(trace.status) ? 'refused' : 'ok'}`;
      outcome.hidden = false;
      live.textContent = `${text}${why}`;
    },
  };
}
