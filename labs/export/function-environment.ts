/**
 * The environment every export gives the function — the same as every runtime gets (labs' limitsToEnv):
 * of-watchdog's timeouts and max_inflight, the Node template's body limits, then the lab's own env.
 */
import { limitsToEnv } from '../index.ts';
import type { ExportableLab } from './exportable-lab.ts';

/**
 * Environment variables (name → value, all strings) for the lab's function. `openfaas` drops what only
 * FaaS Lab's own server reads (FAASLAB_*): in an OpenFaaS image the pod's memory limit does that job.
 */
export function functionEnvironment(
  lab: ExportableLab,
  target: 'openfaas' | 'function-server' = 'openfaas',
): Record<string, string> {
  const env = limitsToEnv(lab.limits, lab.env);
  if (target === 'openfaas')
    for (const name of Object.keys(env))
      if (name.startsWith('FAASLAB_') && !(name in lab.env)) delete env[name];
  return env;
}

/** What Node itself needs beside the handler's heap (V8, code, buffers): an idle Node HTTP server measured ~42 MiB RSS here. */
export const NODE_BASELINE_MI = 96;

/** The container's memory limit as a Kubernetes quantity: the lab's heap limit plus Node's baseline. */
export function memoryLimit(lab: ExportableLab): string {
  return `${lab.limits.memoryMb + NODE_BASELINE_MI}Mi`;
}

/** The memory request: half the limit, so the pod schedules on small k3s nodes (512 MB minimum). */
export function memoryRequest(lab: ExportableLab): string {
  return `${Math.ceil((lab.limits.memoryMb + NODE_BASELINE_MI) / 2)}Mi`;
}
