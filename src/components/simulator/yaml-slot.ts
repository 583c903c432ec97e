/**
 * The simulator island's YAML slot: the scenario's manifests as plain text until the pane comes near the
 * viewport, then the CodeMirror pane (yaml-pane.ts), loaded apart so the island's first code stays small.
 */
import type { Simulation } from '../../../simulator/index.ts';
import type { Scenario } from '../../../simulator/scenarios/scenario.ts';
import type { UiStrings } from '../../i18n/translate.ts';
import { element } from './dom-element.ts';
import { whenNearViewport } from '../near-viewport.ts';

/**
 * Stage 3: the YAML pane. CodeMirror is the island's largest dependency: it loads when the pane is shown
 * (its tab opened), so a student who never opens the YAML never downloads the editor.
 */
export function createYamlSlot(
  initialYaml: string,
  scenario: Scenario,
  sim: Simulation,
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
  changed: () => void,
): { element: HTMLElement; dispose(): void } {
  const slot = element(
    'section',
    { class: 'sim-yaml', 'aria-label': t.yaml },
    element('h4', { class: 'sim-panel-title' }, t.yaml),
    element('pre', { tabindex: '0' }, initialYaml),
  );
  const holder = element('div', { class: 'sim-yaml-holder' }, slot);
  const load = (): void => {
    void import('./yaml-pane.ts').then(({ createYamlPane }) => {
      const pane = createYamlPane(
        initialYaml,
        {
          fileName: `${scenario.id}.yaml`,
          apply: (text) => {
            const result = sim.apply(text, `${scenario.id}.yaml`);
            changed();
            return result;
          },
          exportYaml: () => sim.exportYaml(),
        },
        t,
        lang,
      );
      slot.replaceWith(pane.element);
    });
  };
  // The slot is in the YAML tab's panel, hidden (never near) until the tab is opened: a short margin, as the
  // island is already on screen by then.
  const stop = whenNearViewport([slot], load, { margin: '300px 0px' });
  return { element: holder, dispose: stop };
}
