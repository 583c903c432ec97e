/**
 * Tries to boot a WebContainer within a time limit, for the runtime choice. The boot needs
 * StackBlitz's servers; when they are unreachable the library neither resolves nor rejects, so the
 * time limit is what makes the fallback fast. A WebContainer can boot once per page, so the
 * attempt is shared.
 */
import type { BootOutcome } from './runtime-choice.ts';

/** How long a boot may take before the lab falls back to the sandbox. */
export const WEBCONTAINER_BOOT_TIMEOUT_MS = 4_000;

let attempt: Promise<BootOutcome> | null = null;

/**
 * Boots (once per page) and reports the outcome; never throws. `adapter` says whether a function
 * runtime on top of the booted container is available (labs/runtime/webcontainer, not shipped yet).
 */
export function probeWebContainer(timeoutMs = WEBCONTAINER_BOOT_TIMEOUT_MS): Promise<BootOutcome> {
  attempt ??= boot(timeoutMs);
  return attempt;
}

async function boot(timeoutMs: number): Promise<BootOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onViolation: ((event: SecurityPolicyViolationEvent) => void) | undefined;
  const timeout = new Promise<BootOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, timedOut: true, detail: `${timeoutMs} ms` }), timeoutMs);
    // A Content-Security-Policy that blocks StackBlitz makes the boot hang; say so at once instead.
    onViolation = (event) => {
      if (/stackblitz|webcontainer|staticblitz/.test(event.blockedURI)) resolve({ ok: false, timedOut: false, detail: `Content-Security-Policy ${event.effectiveDirective} blocks ${event.blockedURI}` });
    };
    document.addEventListener('securitypolicyviolation', onViolation);
  });
  const booting = (async (): Promise<BootOutcome> => {
    try {
      const { WebContainer } = await import('@webcontainer/api');
      // The site serves COEP credentialless (site-headers.mjs); the container must match it.
      const container = await WebContainer.boot({ coep: 'credentialless' });
      container.teardown();
      return { ok: true, adapter: false };
    } catch (error) {
      return { ok: false, timedOut: false, detail: error instanceof Error ? error.message : String(error) };
    }
  })();
  try {
    return await Promise.race([booting, timeout]);
  } finally {
    clearTimeout(timer);
    if (onViolation) document.removeEventListener('securitypolicyviolation', onViolation);
  }
}
