import type { KubectlResult, Simulation } from '../api-types.ts';

/** Runs a kubectl command line against a simulation (being implemented). */
export function runKubectl(_sim: Simulation, args: string, _files: Record<string, string>): KubectlResult {
  return { stdout: '', stderr: `error: unknown command "${args.split(' ')[0] ?? ''}" for "kubectl"\n`, exitCode: 1 };
}
