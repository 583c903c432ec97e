/**
 * What the "Send a request" form holds, without the DOM: its targets (the scenario's presets and an own
 * URL), the places a request may start from (the external client, a ready Pod) and what it first selects.
 * One source for the mounted form (request-form.ts) and its build-time first paint
 * (SimulatorFirstPaint.astro), so the student sees the same choice before and after the island mounts.
 */
import type { ClusterSnapshot } from '../../../simulator/index.ts';
import type { RequestPreset } from '../../../simulator/scenarios/scenario.ts';
import type { UiStrings } from '../../i18n/translate.ts';

/** One <option>: its value and its label. */
export interface FormChoice {
  value: string;
  label: string;
}

/** A <select>'s options and the value it selects. */
export interface SelectState {
  options: FormChoice[];
  value: string;
}

/** The form as it first shows over a cluster. */
export interface RequestFormState {
  preset: SelectState;
  url: string;
  from: SelectState;
}

/** The target when the scenario has no preset: the first node's address (the scenarios' server). */
const DEFAULT_URL = 'http://192.168.1.10/';
/** The value of the target that is the student's own URL. */
export const CUSTOM_PRESET = 'custom';

/** The targets: each preset by its index, then the student's own URL. */
export function presetChoices(
  presets: readonly RequestPreset[],
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
): FormChoice[] {
  return [
    ...presets.map((p, i) => ({ value: String(i), label: p.label[lang] })),
    { value: CUSTOM_PRESET, label: t.custom },
  ];
}

/** Where a request may start: the external client (value '') or a ready Pod outside kube-system (`ns/name`). */
export function sourceChoices(snapshot: ClusterSnapshot, t: UiStrings<'simulator'>): FormChoice[] {
  const pods = snapshot.pods
    .filter((p) => p.namespace !== 'kube-system' && p.ready)
    .map((p) => ({ value: `${p.namespace}/${p.name}`, label: `Pod ${p.name}` }));
  return [{ value: '', label: t.fromOutside }, ...pods];
}

/**
 * The source a preset starts from among `sources`: its Pod, or the external client when it names none or
 * its Pod is not (yet) ready, so the select never shows an empty choice.
 */
export function presetSource(preset: RequestPreset, sources: readonly FormChoice[]): string {
  return preset.fromPod && sources.some((s) => s.value === preset.fromPod) ? preset.fromPod : '';
}

/** The form as it first shows over `snapshot`: the first preset chosen, with its URL and its source. */
export function initialRequestForm(
  presets: readonly RequestPreset[],
  snapshot: ClusterSnapshot,
  t: UiStrings<'simulator'>,
  lang: 'es' | 'en',
): RequestFormState {
  const first = presets[0];
  const sources = sourceChoices(snapshot, t);
  return {
    preset: { options: presetChoices(presets, t, lang), value: first ? '0' : CUSTOM_PRESET },
    url: first?.url ?? DEFAULT_URL,
    from: { options: sources, value: first ? presetSource(first, sources) : '' },
  };
}
