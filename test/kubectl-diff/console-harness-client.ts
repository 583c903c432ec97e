/**
 * Runs in /dev/kubectl-console/ (an e2e-build-only page): mounts the page's kubectl console
 * (src/components/simulator/kubectl-console.ts) on a twin simulation built as `faaslab sim serve` builds it,
 * and lets test/e2e/kubectl-console.e2e.ts choose the scenario, share the served clock, hand over the files
 * a row reads and move the clock, through window.kubectlConsoleHarness.
 */
import type { KubectlResult, Simulation } from '../../simulator/index.ts';
import { attachKubeApi, KubeApi } from '../../simulator/kube-api/kube-api.ts';
import type { Json } from '../../simulator/kube-api/object-meta.ts';
import { createKubectlConsole } from '../../src/components/simulator/kubectl-console.ts';
import { uiStrings } from '../../src/i18n/translate.ts';
import { twinSimulation } from './twin-simulation.ts';
import { runKubectl } from '../../simulator/kubectl/index.ts';

const SCENARIO_FILES = import.meta.glob<string>('../../simulator/scenarios/**/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function readScenarioFile(path: string): string {
  const text = SCENARIO_FILES[`../../simulator/scenarios/${path}`];
  if (text === undefined) throw new Error(`no simulator/scenarios/${path}`);
  return text;
}

/** What the browser test calls. */
export interface KubectlConsoleHarness {
  /**
   * Mounts a fresh console on the scenario's twin, with the served side's wall time of simulation time 0 and
   * its OpenAPI v3 documents by group-version path (for `explain`).
   */
  load(scenario: string, epochMs: number, openApi: Record<string, Json>): void;
  /** The files the next command may read (`-f PATH`), by the path written. */
  setFiles(files: Record<string, string>): void;
  /** Moves the twin's clock. */
  advance(ms: number): void;
  /** Fails a node of the twin (a table row `@fail NODE`); whether it could. */
  failNode(node: string): boolean;
  /** The console's last result (its exit code is not printed). */
  last: KubectlResult | null;
}

let sim: Simulation | null = null;
let files: Record<string, string> = {};
const harness: KubectlConsoleHarness = {
  load(scenario, epochMs, openApi) {
    sim = twinSimulation(scenario, readScenarioFile);
    attachKubeApi(
      sim,
      new KubeApi(sim, { epochMs, now: Date.now, openApi: (path) => openApi[path] ?? null }),
    );
    const twin = sim;
    const console = createKubectlConsole(uiStrings('en', 'simulator'), (args) => {
      harness.last = runKubectl(twin, args, files);
      return harness.last;
    });
    document.querySelector('[data-kubectl-console]')!.replaceChildren(console);
  },
  setFiles(next) {
    files = next;
  },
  advance(ms) {
    sim?.advance(ms);
  },
  failNode(node) {
    return sim?.failNode(node).ok ?? false;
  },
  last: null,
};
(window as unknown as { kubectlConsoleHarness: KubectlConsoleHarness }).kubectlConsoleHarness = harness;
document.documentElement.dataset.harnessReady = 'true';
