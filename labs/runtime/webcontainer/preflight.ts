/**
 * Can a WebContainer boot here? Offline, `WebContainer.boot()` never settles (it loads an iframe from
 * StackBlitz and waits forever), so check first and say why not, so the caller can fall back.
 */
import type { Bilingual } from '../../../core/index.ts';

/** Where the boot iframe comes from (@webcontainer/api dist/internal/constants.js). */
export const STACKBLITZ_PROBE_URL = 'https://stackblitz.com/favicon.ico';

/** The environment checks, injectable for tests. */
export interface PreflightEnvironment {
  crossOriginIsolated: boolean;
  /** Resolves when StackBlitz answers (an opaque no-cors response is enough), rejects otherwise. */
  probe(signal: AbortSignal): Promise<unknown>;
}

/** The browser's own environment. */
export function browserEnvironment(): PreflightEnvironment {
  return {
    crossOriginIsolated: Boolean((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated),
    probe: (signal) => fetch(STACKBLITZ_PROBE_URL, { mode: 'no-cors', cache: 'no-store', signal }),
  };
}

/** Resolves to null when a boot may work, or to why it cannot. */
export async function preflight(
  environment: PreflightEnvironment,
  timeoutMs = 3_000,
): Promise<Bilingual | null> {
  if (!environment.crossOriginIsolated) {
    return {
      es: 'la página no está aislada entre orígenes (faltan las cabeceras COOP/COEP)',
      en: 'the page is not cross-origin isolated (COOP/COEP headers are missing)',
    };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    await environment.probe(controller.signal);
    return null;
  } catch (error) {
    // Only our timer's abort means "no answer in time". Anything before it is the browser refusing at
    // once — offline (net::ERR_INTERNET_DISCONNECTED), stackblitz.com not resolving (ERR_NAME_NOT_RESOLVED),
    // an extension or policy blocking it — which fetch reports only as a TypeError ("Failed to fetch").
    if (controller.signal.aborted)
      return {
        es: `StackBlitz no respondió en ${timeoutMs / 1000} s (¿conexión lenta o bloqueada?)`,
        en: `StackBlitz did not answer within ${timeoutMs / 1000} s (slow or blocked connection?)`,
      };
    const said = error instanceof Error && error.message ? error.message : String(error);
    return {
      es: `el navegador no pudo conectar con stackblitz.com (dijo «${said}»): sin conexión, el nombre no se resuelve o algo lo bloquea`,
      en: `the browser could not reach stackblitz.com (it said “${said}”): offline, the name does not resolve, or something blocks it`,
    };
  } finally {
    clearTimeout(timer);
  }
}
