/**
 * The differential table in Chromium: every row of test/kubectl-diff/commands.txt runs through the real
 * kubectl (KUBECTL_PATH, else PATH) against `faaslab sim serve` here in Node, and is typed into the page's
 * kubectl console (/dev/kubectl-console/, the console of the simulator island on a twin simulation). What
 * the console shows — stdout as text, stderr in its error span — and its exit code must equal the real
 * kubectl's byte for byte after normalising resourceVersions. The unit suite runs the same table in Node.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupByScenario, readCommandTable } from '../kubectl-diff/command-table.ts';
import { findKubectl } from '../kubectl-diff/find-kubectl.ts';
import { filesOf, runRealKubectl, serveTwin, type ServedTwin } from '../kubectl-diff/real-kubectl.ts';
import { normaliseOutput, parseDuration } from '../kubectl-diff/twin-simulation.ts';
import type { KubectlConsoleHarness } from '../kubectl-diff/console-harness-client.ts';
import { launchChromium, openPage } from './browser.ts';
import { openApiV3Group } from '../../simulator/apiserver/index.ts';
import { API_RESOURCES } from '../../simulator/kube-api/resource-table.ts';

const kubectl = findKubectl();
const groups = groupByScenario(readCommandTable(join(import.meta.dirname, '../kubectl-diff/commands.txt')));
type Harness = { kubectlConsoleHarness: KubectlConsoleHarness };

/** Types a command into the console and reads what it shows. */
async function typeCommand(page: Page, command: string, files: Record<string, string>) {
  await page.evaluate((f) => {
    (window as unknown as Harness).kubectlConsoleHarness.setFiles(f);
    document.querySelector('.sim-console-output')!.replaceChildren();
  }, files);
  await page.fill('.sim-console-input', command);
  await page.press('.sim-console-input', 'Enter');
  return page.evaluate(() => {
    const output = document.querySelector('.sim-console-output')!;
    const last = (window as unknown as Harness).kubectlConsoleHarness.last!;
    const shown = [...output.childNodes];
    return {
      printed: shown
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent)
        .join(''),
      errors: shown
        .filter((n) => n instanceof HTMLElement && n.classList.contains('sim-console-error'))
        .map((n) => n.textContent)
        .join(''),
      last: { stdout: last.stdout, stderr: last.stderr, exitCode: last.exitCode },
    };
  });
}

if (!kubectl) {
  describe('kubectl console in Chromium', () => {
    it.skip('skipped: no kubectl found (set KUBECTL_PATH or put kubectl on PATH)', () => undefined);
  });
} else {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());

  for (const [scenario, rows] of groups) {
    describe(`kubectl vs the page's console in Chromium — ${scenario}`, () => {
      let served: ServedTwin;
      let page: Page;
      beforeAll(async () => {
        served = await serveTwin(scenario);
        page = await openPage(browser, '/dev/kubectl-console/');
        await page.waitForSelector('html[data-harness-ready="true"]');
        // The served OpenAPI documents go to the page: the console's `explain` reads the same schemas.
        const openApi = Object.fromEntries(
          [
            ...new Set(
              API_RESOURCES.map((r) => (r.group ? `apis/${r.group}/${r.version}` : `api/${r.version}`)),
            ),
          ].map((path) => [path, openApiV3Group(path)!]),
        );
        await page.evaluate(
          ([id, epochMs, docs]) =>
            (window as unknown as Harness).kubectlConsoleHarness.load(id, epochMs, docs),
          [scenario, served.apiOptions.epochMs, openApi] as const,
        );
      });
      afterAll(async () => {
        await page?.context().close();
        await served?.server.close();
      });

      for (const row of rows) {
        const title = `commands.txt:${row.line}  kubectl ${row.command}`;
        if (row.command.startsWith('@fail ')) {
          it(title, async () => {
            const node = row.command.slice('@fail '.length).trim();
            expect(served.sim.failNode(node).ok).toBe(true);
            const failed = await page.evaluate(
              (n) => (window as unknown as Harness).kubectlConsoleHarness.failNode(n),
              node,
            );
            expect(failed).toBe(true);
          });
          continue;
        }
        if (row.command.startsWith('@advance ')) {
          it(title, async () => {
            const ms = parseDuration(row.command.slice('@advance '.length));
            served.sim.advance(ms);
            await page.evaluate((n) => (window as unknown as Harness).kubectlConsoleHarness.advance(n), ms);
          });
          continue;
        }
        it(title, async () => {
          const real = await runRealKubectl(kubectl, row.command, served.kubeconfig);
          const seen = await typeCommand(page, row.command, filesOf(row.command));
          // The console shows exactly its result: the command echoed, stdout, stderr in the error span.
          expect(seen.printed).toBe(`$ kubectl ${row.command}\n${seen.last.stdout}`);
          const stderr = seen.last.stderr;
          expect(seen.errors).toBe(stderr && !stderr.endsWith('\n') ? `${stderr}\n` : stderr);
          expect({
            stdout: normaliseOutput(seen.last.stdout),
            stderr: normaliseOutput(seen.last.stderr),
            exitCode: seen.last.exitCode,
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
