/**
 * The differential suite: every row of commands.txt runs through the real kubectl (KUBECTL_PATH, else PATH)
 * against `faaslab sim serve`, and through the page's console (`sim.kubectl`) on a twin simulation — same
 * scenario, same seed, same commands so far — and the two outputs (stdout, stderr, exit code) must be
 * identical after normalising resourceVersions. Both sides share the API view's clock and names: objects
 * are dated ten hours back, so every age reads `10h` whichever clock measures it.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kubeconfigText, startApiServer, type ApiServer } from '../../simulator/apiserver/index.ts';
import { serveSimulation } from '../../simulator/cli/serve-command.ts';
import { createSimulation, type Simulation } from '../../simulator/index.ts';
import { attachKubeApi, KubeApi } from '../../simulator/kube-api/kube-api.ts';
import { tokenize } from '../../simulator/kubectl/parse-args.ts';
import { groupByScenario, readCommandTable } from './command-table.ts';
import { findKubectl } from './find-kubectl.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);
const kubectl = findKubectl();
const groups = groupByScenario(readCommandTable(join(import.meta.dirname, 'commands.txt')));
const TEN_HOURS = 10 * 3600_000;

const silent = {
  stdout: () => undefined,
  stderr: () => undefined,
  readFile: (p: string) => readFileSync(p, 'utf8'),
  lang: 'en',
};

function build(scenario: string): Simulation {
  if (scenario === 'empty') {
    const sim = createSimulation({ seed: 1 });
    sim.settle();
    return sim;
  }
  const sim = serveSimulation(
    { files: [], scenario, port: 0, speed: 1, seed: 1, nodes: 3, lang: 'en' },
    silent,
  );
  if (!sim) throw new Error(`scenario ${scenario} does not load`);
  return sim;
}

const normalise = (text: string): string =>
  text
    .replace(/("resourceVersion": ?|resourceVersion: )"\d+"/g, '$1"RV"')
    .replace(/"resourceVersion":"\d+"/g, '"resourceVersion":"RV"');

function parseDuration(text: string): number {
  const m = /^(\d+)(ms|s|m)$/.exec(text);
  if (!m) throw new Error(`bad duration ${text}`);
  return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000);
}

if (!kubectl) {
  describe('kubectl differential suite', () => {
    it.skip('skipped: no kubectl found (set KUBECTL_PATH or put kubectl on PATH)', () => undefined);
  });
} else {
  for (const [scenario, rows] of groups) {
    describe(`kubectl vs console — ${scenario}`, () => {
      let served: Simulation;
      let console: Simulation;
      let server: ApiServer;
      let kubeconfig: string;
      beforeAll(async () => {
        served = build(scenario);
        console = build(scenario);
        const epochMs = Date.now() - served.now() - TEN_HOURS;
        const options = { epochMs, now: Date.now };
        server = await startApiServer({ sim: served, port: 0, tickMs: 0, api: new KubeApi(served, options) });
        attachKubeApi(console, new KubeApi(console, options));
        kubeconfig = join(mkdtempSync(join(tmpdir(), 'kubectl-diff-')), 'kubeconfig.yaml');
        writeFileSync(kubeconfig, kubeconfigText(server.url));
      });
      afterAll(async () => server?.close());

      for (const row of rows) {
        const title = `commands.txt:${row.line}  kubectl ${row.command}`;
        if (row.command.startsWith('@advance ')) {
          it(title, () => {
            const ms = parseDuration(row.command.slice('@advance '.length).trim());
            served.advance(ms);
            console.advance(ms);
          });
          continue;
        }
        it(title, async () => {
          const args = tokenize(row.command);
          const real = await run(kubectl, args, {
            cwd: ROOT,
            env: { ...process.env, KUBECONFIG: kubeconfig },
            timeout: 20_000,
          }).then(
            ({ stdout, stderr }) => ({ stdout, stderr, exitCode: 0 }),
            (error: { stdout?: string; stderr?: string; code?: number }) => ({
              stdout: error.stdout ?? '',
              stderr: error.stderr ?? '',
              exitCode: typeof error.code === 'number' ? error.code : 1,
            }),
          );
          const files: Record<string, string> = {};
          for (const [i, a] of args.entries())
            if ((a === '-f' || a === '--filename') && args[i + 1])
              files[args[i + 1]!] = readFileSync(join(ROOT, args[i + 1]!), 'utf8');
          const ours = console.kubectl(row.command, files);
          expect({
            stdout: normalise(ours.stdout),
            stderr: normalise(ours.stderr),
            exitCode: ours.exitCode,
          }).toEqual({
            stdout: normalise(real.stdout),
            stderr: normalise(real.stderr),
            exitCode: real.exitCode,
          });
        });
      }
    });
  }
}
