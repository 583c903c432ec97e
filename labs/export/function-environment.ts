/**
 * The environment every export gives the function — the same as every runtime gets (labs' limitsToEnv):
 * of-watchdog's timeouts and max_inflight, the Node template's body limits, then the lab's own env.
 */
import { limitsToEnv } from '../index.ts';
import type { ExportableLab } from './exportable-lab.ts';

/** Environment variables (name → value, all strings) for the lab's function. */
export function functionEnvironment(lab: ExportableLab): Record<string, string> {
  return limitsToEnv(lab.limits, lab.env);
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
