import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../i18n/translate.ts';
import { settledSnapshot } from './island-first-paint.ts';
import { loadScenario } from './load-scenario.ts';
import { initialRequestForm, presetSource, sourceChoices } from './request-form-state.ts';

const t = uiStrings('es', 'simulator');

describe('initialRequestForm', () => {
  it('starts a preset that names a ready Pod from that Pod, not from the external client', () => {
    const scenario = loadScenario('clusterip');
    const form = initialRequestForm(scenario.requests, settledSnapshot(scenario), t, 'es');
    expect(form.preset.value).toBe('0');
    expect(form.preset.options.map((o) => o.label)).toEqual(['Desde client a my-app', t.custom]);
    expect(form.url).toBe('http://my-app.default.svc.cluster.local/');
    expect(form.from.value).toBe('default/client');
    expect(form.from.options.find((o) => o.value === form.from.value)?.label).toBe('Pod client');
  });

  it('starts a preset without a Pod from the external client, listed first', () => {
    const scenario = loadScenario('nodeport');
    const form = initialRequestForm(scenario.requests, settledSnapshot(scenario), t, 'es');
    expect(form.from.value).toBe('');
    expect(form.from.options[0]).toEqual({ value: '', label: t.fromOutside });
  });

  it('lists only ready Pods outside kube-system as sources', () => {
    const snapshot = settledSnapshot(loadScenario('capstone'));
    const listed = sourceChoices(snapshot, t).slice(1);
    const eligible = snapshot.pods.filter((p) => p.ready && p.namespace !== 'kube-system');
    expect(listed.map((o) => o.value)).toEqual(eligible.map((p) => `${p.namespace}/${p.name}`));
    expect(listed.length).toBeLessThan(snapshot.pods.length);
  });

  it('falls back to the external client when the preset’s Pod is not a listed source', () => {
    const preset = { label: { es: 'x', en: 'x' }, url: 'http://api/', fromPod: 'default/missing' };
    expect(presetSource(preset, [{ value: '', label: t.fromOutside }])).toBe('');
    expect(presetSource(preset, [{ value: 'default/missing', label: 'Pod missing' }])).toBe(
      'default/missing',
    );
  });

  it('chooses the own URL when the scenario has no preset', () => {
    const scenario = loadScenario('nodeport');
    const form = initialRequestForm([], settledSnapshot(scenario), t, 'en');
    expect(form.preset).toEqual({ options: [{ value: 'custom', label: t.custom }], value: 'custom' });
    expect(form.url).toMatch(/^http:\/\//);
  });
});
