/**
 * Reads a scenario at build time (from the .astro component's frontmatter, never in the browser):
 * Vite bundles the scenario files and their manifests as text.
 */
import { parseScenario } from '../../../simulator/scenarios/parse-scenario.ts';
import type { Scenario } from '../../../simulator/scenarios/scenario.ts';

const files = import.meta.glob<string>('../../../simulator/scenarios/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const PREFIX = '../../../simulator/scenarios/';

/** The scenario `id` (simulator/scenarios/ID.yaml). Throws, naming the id, when it does not exist. */
export function loadScenario(id: string): Scenario {
  const text = files[`${PREFIX}${id}.yaml`];
  if (text === undefined) throw new Error(`ClusterSimulator: no scenario "${id}" in simulator/scenarios/`);
  return parseScenario(id, text, (path) => {
    const manifest = files[`${PREFIX}${path}`];
    if (manifest === undefined) throw new Error(`Scenario ${id}: manifest ${path} not found`);
    return manifest;
  });
}

/** Every scenario id (the files directly in simulator/scenarios/). */
export function scenarioIds(): string[] {
  return Object.keys(files)
    .map((path) => path.slice(PREFIX.length))
    .filter((rest) => !rest.includes('/'))
    .map((rest) => rest.replace(/\.yaml$/, ''))
    .sort();
}
