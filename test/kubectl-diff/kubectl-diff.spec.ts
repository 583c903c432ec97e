/**
 * The differential suite: every row of commands.txt runs through the real kubectl (KUBECTL_PATH, else PATH)
 * against `faaslab sim serve`, and through the page's console (`runKubectl`) on a twin simulation — same
 * scenario, same seed, same commands so far — and the two outputs (stdout, stderr, exit code) must be
 * identical after normalising resourceVersions. Both sides share the API view's clock and names: objects
 * are dated ten hours back, so every age reads `10h` whichever clock measures it.
 * test/e2e/kubectl-console.e2e.ts runs the same table through the console in Chromium.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulation } from '../../simulator/index.ts';
import { attachKubeApi, KubeApi } from '../../simulator/kube-api/kube-api.ts';
import { groupByScenario, readCommandTable } from './command-table.ts';
import { findKubectl } from './find-kubectl.ts';
import { filesOf, readScenarioFile, runRealKubectl, serveTwin, type ServedTwin } from './real-kubectl.ts';
import { normaliseOutput, parseDuration, twinSimulation } from './twin-simulation.ts';
import { runKubectl } from '../../simulator/kubectl/index.ts';

const kubectl = findKubectl();
const groups = groupByScenario(readCommandTable(join(import.meta.dirname, 'commands.txt')));

if (!kubectl) {
  describe('kubectl differential suite', () => {
    it.skip('skipped: no kubectl found (set KUBECTL_PATH or put kubectl on PATH)', () => undefined);
  });
} else {
  for (const [scenario, rows] of groups) {
    describe(`kubectl vs console — ${scenario}`, () => {
      let served: ServedTwin;
      let console: Simulation;
      beforeAll(async () => {
        served = await serveTwin(scenario);
        console = twinSimulation(scenario, readScenarioFile);
        attachKubeApi(console, new KubeApi(console, served.apiOptions));
      });
      afterAll(async () => served?.server.close());

      for (const row of rows) {
        const title = `commands.txt:${row.line}  kubectl ${row.command}`;
        if (row.command.startsWith('@fail ')) {
          it(title, () => {
            const node = row.command.slice('@fail '.length).trim();
            expect(served.sim.failNode(node).ok && console.failNode(node).ok).toBe(true);
          });
          continue;
        }
        if (row.command.startsWith('@advance ')) {
          it(title, () => {
            const ms = parseDuration(row.command.slice('@advance '.length));
            served.sim.advance(ms);
            console.advance(ms);
          });
          continue;
        }
        it(title, async () => {
          const real = await runRealKubectl(kubectl, row.command, served.kubeconfig);
          const ours = runKubectl(console, row.command, filesOf(row.command));
          expect({
            stdout: normaliseOutput(ours.stdout),
            stderr: normaliseOutput(ours.stderr),
            exitCode: ours.exitCode,
          }).toEqual({
            stdout: normaliseOutput(real.stdout),
            stderr: normaliseOutput(real.stderr),
            exitCode: real.exitCode,
          });
        });
      }
    });
  }
}
