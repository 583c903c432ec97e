import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, migrateManifests, requestFromUrl, type SimRequest } from '../index.ts';
import { parseScenario } from './parse-scenario.ts';
import type { Scenario } from './scenario.ts';
import { checkStep, type SentRequest } from './step-check.ts';

const dir = new URL('./', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, dir), 'utf8');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

function start(scenario: Scenario): ReturnType<typeof createSimulation> {
  const sim = createSimulation({
    seed: scenario.seed,
    nodes: scenario.nodes,
    ingressMode: scenario.ingressMode,
    images: scenario.images,
  });
  for (const m of scenario.manifests) {
    const refused = sim.apply(m.text, m.file).diagnostics;
    if (refused.length === 0) continue;
    // A course file in a removed API version is refused, as k3s refuses it; the student migrates it.
    expect(
      refused.map((d) => d.code),
      `${scenario.id}/${m.file}`,
    ).toEqual(refused.map(() => 'removed-api-version'));
    expect(sim.apply(migrateManifests(m.text, m.file).text, m.file).diagnostics).toEqual([]);
  }
  sim.settle();
  return sim;
}

function presetRequest(scenario: Scenario, index: number): SimRequest {
  const preset = scenario.requests[index];
  if (!preset) throw new Error(`${scenario.id}: no request ${index}`);
  const [ns = 'default', name = ''] = (preset.fromPod ?? '').split('/');
  return requestFromUrl(preset.url, preset.fromPod ? { source: { kind: 'pod', ns, name } } : {});
}

describe('scenarios on the engine', () => {
  it.each(ids)('%s applies without errors and its request presets get an answer', (id) => {
    const scenario = parseScenario(id, read(`${id}.yaml`), read);
    const sim = start(scenario);
    const statuses = scenario.requests.map((_, i) => sim.routeRequest(presetRequest(scenario, i)).status);
    // These two start with traffic that is dropped on purpose (Local policy; default-deny NetworkPolicy).
    if (id === 'external-traffic-policy' || id === 'network-policy') expect(statuses).toContain(0);
    else
      expect(
        statuses.every((s) => s === 200),
        `${id}: ${statuses.join(',')}`,
      ).toBe(true);
  });

  it('nodeport: the "through the second node" step holds only after a request via agent-1', () => {
    const scenario = parseScenario('nodeport', read('nodeport.yaml'), read);
    const sim = start(scenario);
    const step = scenario.steps.find((s) => s.id === 'second-node');
    if (!step) throw new Error('step');
    const sent: SentRequest[] = [];
    const send = (i: number): void => {
      const request = presetRequest(scenario, i);
      sent.push({ request, trace: sim.routeRequest(request) });
    };
    send(0);
    expect(checkStep(step.check, sim.snapshot(), sent)).toBe(false);
    send(1);
    expect(checkStep(step.check, sim.snapshot(), sent)).toBe(true);
  });

  it('flaskapp: the course file is refused at first (extensions/v1beta1), and the first step wants the fix', () => {
    const scenario = parseScenario('flaskapp', read('flaskapp.yaml'), read);
    const sim = createSimulation({ seed: scenario.seed, nodes: scenario.nodes, images: scenario.images });
    const manifest = scenario.manifests[0]!;
    const refused = sim.apply(manifest.text, manifest.file);
    expect(refused.diagnostics.map((d) => d.message.en)).toEqual([
      expect.stringContaining('no matches for kind "Ingress" in version "extensions/v1beta1"'),
    ]);
    const step = scenario.steps.find((s) => s.id === 'migrate');
    if (!step) throw new Error('step');
    expect(checkStep(step.check, sim.snapshot(), [])).toBe(false);
    sim.apply(migrateManifests(manifest.text, manifest.file).text, manifest.file);
    sim.settle();
    expect(checkStep(step.check, sim.snapshot(), [])).toBe(true);
  });

  it("flaskapp: crashing the only Pod's container makes the next request fail with 503 at the Service", () => {
    const scenario = parseScenario('flaskapp', read('flaskapp.yaml'), read);
    const sim = start(scenario);
    const step = scenario.steps.find((s) => s.id === 'no-endpoints');
    if (!step) throw new Error('step');
    expect(sim.killPod('default', 'flaskapp').ok).toBe(true);
    const request = presetRequest(scenario, 0);
    const sent = [{ request, trace: sim.routeRequest(request) }];
    expect(checkStep(step.check, sim.snapshot(), sent)).toBe(true);
  });
});
