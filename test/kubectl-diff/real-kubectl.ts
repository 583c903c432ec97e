/**
 * The Node side of the differential table: `faaslab sim serve` on a twin simulation with a kubeconfig, and the
 * real kubectl run against it. The unit suite and the browser suite both use it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  kubeconfigText,
  openApiV3Group,
  startApiServer,
  type ApiServer,
} from '../../simulator/apiserver/index.ts';
import type { Simulation } from '../../simulator/index.ts';
import { KubeApi, type KubeApiOptions } from '../../simulator/kube-api/kube-api.ts';
import { tokenize } from '../../simulator/kubectl/parse-args.ts';
import { TEN_HOURS_MS, twinSimulation, type CommandOutcome } from './twin-simulation.ts';

/** The repository root: file paths in the table are relative to it. */
export const ROOT = resolve(import.meta.dirname, '../..');
const SCENARIOS = join(ROOT, 'simulator', 'scenarios');
const run = promisify(execFile);

/** Reads a file of simulator/scenarios. */
export const readScenarioFile = (path: string): string => readFileSync(join(SCENARIOS, path), 'utf8');

/** A served twin: its simulation, the API server, the kubeconfig and the clock both sides share. */
export interface ServedTwin {
  sim: Simulation;
  server: ApiServer;
  kubeconfig: string;
  apiOptions: KubeApiOptions;
}

/** Builds the scenario's simulation and serves it on 127.0.0.1 (port 0), objects dated ten hours back. */
export async function serveTwin(scenario: string): Promise<ServedTwin> {
  const sim = twinSimulation(scenario, readScenarioFile);
  const apiOptions: KubeApiOptions = {
    epochMs: Date.now() - sim.now() - TEN_HOURS_MS,
    now: Date.now,
    openApi: openApiV3Group,
  };
  const server = await startApiServer({ sim, port: 0, tickMs: 0, api: new KubeApi(sim, apiOptions) });
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'kubectl-diff-')), 'kubeconfig.yaml');
  writeFileSync(kubeconfig, kubeconfigText(server.url));
  return { sim, server, kubeconfig, apiOptions };
}

/** Runs the real kubectl with a command line of the table. */
export function runRealKubectl(
  kubectl: string,
  command: string,
  kubeconfig: string,
): Promise<CommandOutcome> {
  return run(kubectl, tokenize(command), {
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
}

/** The files a command line reads (`-f PATH`, `--from-file=[KEY=]PATH`), by the path written, for the console's file tree. */
export function filesOf(command: string): Record<string, string> {
  const args = tokenize(command);
  const files: Record<string, string> = {};
  const read = (path: string): void => {
    if (existsSync(join(ROOT, path))) files[path] = readFileSync(join(ROOT, path), 'utf8');
  };
  for (const [i, a] of args.entries()) {
    if ((a === '-f' || a === '--filename') && args[i + 1]) read(args[i + 1]!);
    // `--from-file=[KEY=]PATH` of create configmap|secret.
    const source = /^--from-file=(?:[^=]*=)?(.+)$/.exec(a)?.[1];
    if (source) read(source);
  }
  return files;
}
