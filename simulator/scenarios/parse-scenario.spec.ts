import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from './parse-scenario.ts';

const dir = new URL('./', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, dir), 'utf8');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('parseScenario', () => {
  it('reads every scenario file of the course, with bilingual steps and manifests', () => {
    expect(ids).toEqual(
      expect.arrayContaining([
        'pod-lifecycle',
        'nodeport',
        'loadbalancer',
        'ingress',
        'flaskapp',
        'node-failure',
      ]),
    );
    for (const id of ids) {
      const scenario = parseScenario(id, read(`${id}.yaml`), read);
      expect(scenario.manifests.length, id).toBeGreaterThan(0);
      for (const step of scenario.steps)
        expect(step.goal.es && step.goal.en && step.hint.es && step.hint.en, `${id}/${step.id}`).toBeTruthy();
    }
  });

  it('resolves manifest paths to the copied course files', () => {
    const scenario = parseScenario('flaskapp', read('flaskapp.yaml'), read);
    expect(scenario.manifests[0]?.file).toBe('flaskapp.yaml');
    expect(scenario.manifests[0]?.text).toContain('extensions/v1beta1');
    expect(scenario.settle).toBe(true);
    expect(parseScenario('pod-lifecycle', read('pod-lifecycle.yaml'), read).settle).toBe(false);
  });

  it('names the field of a malformed scenario', () => {
    const bad =
      'title: { es: a, en: b }\ndescription: { es: a, en: b }\nseed: 1\nmanifests: []\nsteps:\n  - id: x\n    goal: { es: a, en: b }\n    hint: { es: a, en: b }\n    check: { podIsHappy: {} }\n';
    expect(() => parseScenario('bad', bad, read)).toThrow(ScenarioError);
    expect(() => parseScenario('bad', bad, read)).toThrow(/steps\[0\]\.check/);
    expect(() => parseScenario('bad', 'title: x\n', read)).toThrow(/title/);
  });
});
