/**
 * The simulation a row group of the differential table runs on, built the same way in Node (for `sim serve`
 * and the unit test's console) and in the browser (the page console's twin): `empty` is a fresh k3s of
 * seed 1; any other name is a scenario of simulator/scenarios served as `faaslab sim serve --scenario` does.
 */
import { servedScenarioSimulation } from '../../simulator/apiserver/served-simulation.ts';
import { createSimulation, type Simulation } from '../../simulator/index.ts';
import { parseScenario } from '../../simulator/scenarios/parse-scenario.ts';

/** `read` gives a file of simulator/scenarios by its path there (`nodeport.yaml`, `manifests/…`). */
export function twinSimulation(scenario: string, read: (path: string) => string): Simulation {
  const sim =
    scenario === 'empty'
      ? createSimulation({ seed: 1 })
      : servedScenarioSimulation(
          parseScenario(scenario, read(`${scenario}.yaml`), read),
          () => undefined,
          'en',
        );
  sim.settle();
  return sim;
}

/** Hours the objects are dated back, so every age reads `10h` whichever clock measures it. */
export const TEN_HOURS_MS = 10 * 3600_000;

/**
 * Hides what differs between two equal runs: resourceVersions (a global counter), and klog's line header
 * (`W1205 09:15:33.762908   14633 helpers.go:702] `: date, pid, Go source line), which the console leaves out.
 */
export const normaliseOutput = (text: string): string =>
  text
    .replace(/^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6}\s+\d+ [\w.-]+:\d+\] /gm, '')
    .replace(/("resourceVersion": ?|resourceVersion: )"\d+"/g, '$1"RV"')
    .replace(/"resourceVersion":"\d+"/g, '"resourceVersion":"RV"');

/** `@advance 30s` → 30000. */
export function parseDuration(text: string): number {
  const m = /^(\d+)(ms|s|m)$/.exec(text.trim());
  if (!m) throw new Error(`bad duration ${text}`);
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000);
}

/** A command's outcome as a terminal sees it. */
export interface CommandOutcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}
