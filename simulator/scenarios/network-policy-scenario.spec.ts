import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSimulation, requestFromUrl, type Simulation } from '../index.ts';
import { parseScenario } from './parse-scenario.ts';
import { checkStep, type SentRequest } from './step-check.ts';

const dir = new URL('./', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, dir), 'utf8');
const ALLOW_FRONTEND = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-frontend}
spec:
  podSelector: {matchLabels: {app: api}}
  ingress:
  - from: [{podSelector: {matchLabels: {app: frontend}}}]
`;

describe('network-policy scenario: default deny, then allow only the frontend', () => {
  it('each guided step is false at the start and true once the student does what it asks', () => {
    const scenario = parseScenario('network-policy', read('network-policy.yaml'), read);
    const sim: Simulation = createSimulation({ seed: scenario.seed, nodes: scenario.nodes });
    for (const m of scenario.manifests) expect(sim.apply(m.text, m.file).diagnostics).toEqual([]);
    sim.settle();
    const sent: SentRequest[] = [];
    const step = (id: string) => scenario.steps.find((s) => s.id === id)!.check;
    const send = (label: number): SentRequest => {
      const preset = scenario.requests[label]!;
      const [ns, name] = preset.fromPod!.split('/') as [string, string];
      const request = { ...requestFromUrl(preset.url), source: { kind: 'pod' as const, ns, name } };
      const entry = { request, trace: sim.routeRequest(request) };
      sent.push(entry);
      return entry;
    };
    expect(checkStep(step('denied'), sim.snapshot(), sent)).toBe(false);
    expect(send(0).trace.outcome).toBe('refused');
    expect(checkStep(step('denied'), sim.snapshot(), sent)).toBe(true);
    expect(checkStep(step('allow-frontend'), sim.snapshot(), sent)).toBe(false);
    expect(sim.apply(ALLOW_FRONTEND, 'allow-frontend.yaml').diagnostics).toEqual([]);
    expect(send(1).trace.outcome).toBe('refused');
    expect(checkStep(step('allow-frontend'), sim.snapshot(), sent)).toBe(false);
    expect(send(0).trace.status).toBe(200);
    expect(checkStep(step('allow-frontend'), sim.snapshot(), sent)).toBe(true);
  });
});
