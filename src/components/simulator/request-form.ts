/**
 * "Send a request": a target (the scenario's presets or an own URL: NodePort on a node, a LoadBalancer
 * IP, an Ingress host and path) and where it starts (the external client or inside a pod).
 */
import { requestFromUrl, type ClusterSnapshot, type SimRequest } from '../../../simulator/index.ts';
import type { RequestPreset } from '../../../simulator/scenarios/scenario.ts';
import { element, setOptions } from './dom-element.ts';
import { type UiStrings } from '../../i18n/translate.ts';

/** The form and a way to refresh its pod list. */
export interface RequestForm {
  element: HTMLElement;
  update(snapshot: ClusterSnapshot): void;
}

let counter = 0;

/** Creates the form; `send` receives a routable request. */
export function createRequestForm(
  presets: RequestPreset[],
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
  send: (request: SimRequest) => void,
): RequestForm {
  const n = ++counter;
  const preset = element('select', { id: `sim-preset-${n}`, 'data-sim': 'preset' });
  setOptions(
    preset,
    [
      ...presets.map((p, i) => ({ value: String(i), label: p.label[lang] })),
      { value: 'custom', label: t.custom },
    ],
    t.custom,
  );
  const url = element('input', {
    id: `sim-url-${n}`,
    type: 'url',
    'data-sim': 'url',
    value: presets[0]?.url ?? 'http://192.168.1.10/',
    spellcheck: 'false',
  });
  const from = element('select', { id: `sim-from-${n}`, 'data-sim': 'from' });
  const error = element('p', { class: 'sim-error', role: 'alert', hidden: true });
  const button = element('button', { type: 'submit', class: 'button', 'data-sim': 'send' }, t.send);
  const choose = (): void => {
    const p = presets[Number(preset.value)];
    if (!p) return;
    url.value = p.url;
    from.value = p.fromPod ?? '';
  };
  preset.addEventListener('change', choose);
  url.addEventListener('input', () => (preset.value = 'custom'));
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
  return {
    element: form,
    update(snapshot) {
      const pods = snapshot.pods
        .filter((p) => p.namespace !== 'kube-system' && p.ready)
        .map((p) => ({ value: `${p.namespace}/${p.name}`, label: `Pod ${p.name}` }));
      setOptions(from, [{ value: '', label: t.fromOutside }, ...pods], t.fromOutside);
      if (from.dataset.init !== '1') {
        from.dataset.init = '1';
        choose();
      }
    },
  };
}
