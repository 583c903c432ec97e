/** Finds the real kubectl: `KUBECTL_PATH`, else `kubectl` on PATH; null when there is none. */
import { execFileSync } from 'node:child_process';

/** The kubectl binary to use, or null. */
export function findKubectl(): string | null {
  const candidate = process.env.KUBECTL_PATH || 'kubectl';
  try {
    execFileSync(candidate, ['version', '--client'], { stdio: 'pipe', timeout: 10_000 });
    return candidate;
  } catch {
    return null;
  }
}
