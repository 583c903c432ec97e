/**
 * "Send a request": a target (the scenario's presets or an own URL: NodePort on a node, a LoadBalancer
 * IP, an Ingress host and path) and where it starts (the external client or inside a pod). What it lists
 * and first selects comes from request-form-state.ts, which the build-time first paint draws too.
 */
import { requestFromUrl, type ClusterSnapshot, type SimRequest } from '../../../simulator/index.ts';
import type { RequestPreset } from '../../../simulator/scenarios/scenario.ts';
import { element, setOptions } from './dom-element.ts';
import { type UiStrings } from '../../i18n/translate.ts';
import {
  CUSTOM_PRESET,
  initialRequestForm,
  presetSource,
  sourceChoices,
  type FormChoice,
} from './request-form-state.ts';

/** The form and a way to refresh its pod list. */
export interface RequestForm {
  element: HTMLElement;
  update(snapshot: ClusterSnapshot): void;
}

let counter = 0;

/** The select's current options. */
const optionsOf = (select: HTMLSelectElement): FormChoice[] =>
  [...select.options].map((o) => ({ value: o.value, label: o.text }));

/**
 * Creates the form; `send` receives a routable request. It is filled by its first `update` (the island
 * renders a snapshot as it mounts), with the same state the first paint drew from the same cluster.
 */
export function createRequestForm(
  presets: RequestPreset[],
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
  send: (request: SimRequest) => void,
): RequestForm {
  const n = ++counter;
  const preset = element('select', { id: `sim-preset-${n}`, 'data-sim': 'preset' });
  const url = element('input', { id: `sim-url-${n}`, type: 'url', 'data-sim': 'url', spellcheck: 'false' });
  const from = element('select', { id: `sim-from-${n}`, 'data-sim': 'from' });
  const error = element('p', { class: 'sim-error', role: 'alert', hidden: true });
  const button = element('button', { type: 'submit', class: 'button', 'data-sim': 'send' }, t.send);
  preset.addEventListener('change', () => {
    const p = presets[Number(preset.value)];
    if (!p) return;
    url.value = p.url;
    from.value = presetSource(p, optionsOf(from));
  });
  url.addEventListener('input', () => (preset.value = CUSTOM_PRESET));
  const form = element(
    'form',
    { class: 'sim-request', 'aria-label': t.request },
    element('h4', { class: 'sim-panel-title' }, t.request),
    element('div', { class: 'sim-field' }, element('label', { for: preset.id }, t.preset), preset),
    element('div', { class: 'sim-field wide' }, element('label', { for: url.id }, t.url), url),
    element('div', { class: 'sim-field' }, element('label', { for: from.id }, t.from), from),
    button,
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    const [ns, name] = from.value.split('/');
    try {
      send(requestFromUrl(url.value.trim(), ns && name ? { source: { kind: 'pod', ns, name } } : {}));
    } catch {
      error.textContent = t.badUrl;
      error.hidden = false;
    }
  });
  let filled = false;
  return {
    element: form,
    update(snapshot) {
      if (filled) return setOptions(from, sourceChoices(snapshot, t), t.fromOutside);
      filled = true;
      const first = initialRequestForm(presets, snapshot, t, lang);
      setOptions(preset, first.preset.options, t.custom);
      preset.value = first.preset.value;
      url.value = first.url;
      setOptions(from, first.from.options, t.fromOutside);
      from.value = first.from.value;
    },
  };
}
