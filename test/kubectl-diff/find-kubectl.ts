/** Finds the real kubectl: `KUBECTL_PATH`, else `kubectl` on PATH; null when there is none. */
import { execFileSync } from 'node:child_process';

/**
 * The kubectl binary to use, or null. The 30 s bound is generous on purpose: on a loaded machine a cold first
 * start of kubectl can take seconds, and a null here silently skips every test that needs it.
 */
export function findKubectl(): string | null {
  const candidate = process.env.KUBECTL_PATH || 'kubectl';
  try {
    execFileSync(candidate, ['version', '--client'], { stdio: 'pipe', timeout: 30_000 });
    return candidate;
  } catch {
    return null;
  }
}
