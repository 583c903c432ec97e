/**
 * Which runtime runs the student's handler, and why: the in-browser sandbox by default; WebContainer
 * (real Node.js, served by StackBlitz) only when the student picks it, the page is cross-origin
 * isolated, StackBlitz answers and the container boots within a few seconds. The reason is a string key with parameters (and, when a runtime explained
 * itself, its bilingual detail), so the UI says it in the page's language.
 */
import type { RuntimeKind } from '../../../labs/index.ts';
import { type UiStrings } from '../../i18n/translate.ts';
import { fill, type Bilingual } from '../../../core/index.ts';

/** What the student picked in the runtime menu. */
export type RuntimePreference = 'auto' | 'sandbox' | 'webcontainer';

/** The kinds a browser lab can run. */
export type BrowserRuntimeKind = Exclude<RuntimeKind, 'node' | 'python'>;

/** A reason, as a string key, its parameters and an optional bilingual `{detail}`. */
export interface RuntimeReason {
  key: keyof UiStrings<'lab'>;
  params?: Record<string, string | number>;
  detail?: Bilingual;
}

/** The decision: the runtimes to try in order (the last one is the fallback) and why. */
export interface RuntimeDecision {
  kinds: BrowserRuntimeKind[];
  reason: RuntimeReason;
}

/** Says why WebContainer cannot run here (null when it may): the labs runtime's preflight. */
export type WebContainerPreflight = () => Promise<Bilingual | null>;

/** The decision for the default preference (`auto`): the page renders it before the island mounts. */
export const DEFAULT_DECISION: RuntimeDecision = {
  kinds: ['sandbox'],
  reason: { key: 'reasonSandboxDefault' },
};

/**
 * Decides before a Run. A preflight that passes only means WebContainer may boot: the session
 * still falls back to the sandbox if the boot itself fails ({@link fallbackDecision}).
 */
export async function chooseRuntime(
  preference: RuntimePreference,
  crossOriginIsolated: boolean,
  preflight: WebContainerPreflight,
): Promise<RuntimeDecision> {
  if (preference === 'sandbox') return { kinds: ['sandbox'], reason: { key: 'reasonSandboxChosen' } };
  // The default runs nothing outside the browser and asks no other host anything: WebContainer talks
  // to StackBlitz, so it is probed and booted only once the student has chosen it (README "Security").
  if (preference === 'auto') return DEFAULT_DECISION;
  // webcontainers.io/guides/browser-support: SharedArrayBuffer, hence cross-origin isolation, is required.
  if (!crossOriginIsolated) return { kinds: ['sandbox'], reason: { key: 'reasonNotIsolated' } };
  const why = await preflight().catch((error: unknown): Bilingual => ({
    es: String(error),
    en: String(error),
  }));
  if (why) return { kinds: ['sandbox'], reason: { key: 'reasonUnavailable', detail: why } };
  return {
    kinds: ['webcontainer', 'sandbox'],
    reason: { key: preference === 'webcontainer' ? 'reasonWebContainerChosen' : 'reasonWebContainerFirst' },
  };
}

/** A Python lab has one browser runtime: Pyodide. */
export const PYTHON_DECISION: RuntimeDecision = { kinds: ['pyodide'], reason: { key: 'reasonPython' } };

/** The decision after WebContainer failed to start for a reason of its own (not the handler's). */
export function fallbackDecision(detail: Bilingual): RuntimeDecision {
  return { kinds: ['sandbox'], reason: { key: 'reasonBootFailed', detail } };
}

/** The reason in one language. */
export function reasonText(reason: RuntimeReason, strings: UiStrings<'lab'>, lang: keyof Bilingual): string {
  return fill(
    strings[reason.key],
    { ...reason.params, ...(reason.detail ? { detail: reason.detail } : {}) },
    lang,
  );
}

/** The runtime's name as the Run bar shows it ("Sandbox.", "Pyodide.", "WebContainer."). */
export function runtimeKindLabel(kind: BrowserRuntimeKind, strings: UiStrings<'lab'>): string {
  const name =
    kind === 'sandbox'
      ? strings.runtimeSandbox
      : kind === 'pyodide'
        ? strings.runtimePyodide
        : strings.runtimeWebContainer;
  return `${name}.`;
}
