/**
 * Which runtime runs the student's handler, and why: WebContainer (real Node.js) when the page is
 * cross-origin isolated and it boots within a few seconds, otherwise the in-browser sandbox. The
 * reason is a string key with parameters, so the UI says it in the page's language.
 */
import type { RuntimeKind } from '../../../labs/index.ts';
import type { FunctionLabStrings } from './strings.ts';

/** What the student picked in the runtime menu. */
export type RuntimePreference = 'auto' | 'sandbox' | 'webcontainer';

/** The kinds a browser lab can run. */
export type BrowserRuntimeKind = Exclude<RuntimeKind, 'node'>;

/** A reason, as a string key and its parameters. */
export interface RuntimeReason {
  key: keyof FunctionLabStrings;
  params?: Record<string, string | number>;
}

/** The decision. */
export interface RuntimeDecision {
  kind: BrowserRuntimeKind;
  reason: RuntimeReason;
}

/** The facts about the page that WebContainer depends on. */
export interface BrowserFacts {
  crossOriginIsolated: boolean;
  sharedArrayBuffer: boolean;
  online: boolean;
}

/** How a WebContainer boot attempt ended (the probe never throws). */
export type BootOutcome = { ok: true; adapter: boolean } | { ok: false; timedOut: boolean; detail: string };

/** The facts of the current page. */
export function browserFacts(scope: typeof globalThis = globalThis): BrowserFacts {
  return {
    crossOriginIsolated: scope.crossOriginIsolated === true,
    sharedArrayBuffer: typeof scope.SharedArrayBuffer === 'function',
    online: scope.navigator?.onLine !== false,
  };
}

/** Why WebContainer cannot even be tried here, or null when it can. Checked before any boot. */
export function webContainerPreflight(facts: BrowserFacts): RuntimeReason | null {
  // webcontainers.io/guides/browser-support: it needs SharedArrayBuffer, which needs cross-origin isolation.
  if (!facts.crossOriginIsolated) return { key: 'reasonNotIsolated' };
  if (!facts.sharedArrayBuffer) return { key: 'reasonNoSharedMemory' };
  if (!facts.online) return { key: 'reasonOffline' };
  return null;
}

/**
 * Decides the runtime. `boot` is only called when the preference allows WebContainer and the
 * preflight passes; `bootTimeoutMs` is passed on so the reason can say how long it waited.
 */
export async function chooseRuntime(
  preference: RuntimePreference,
  facts: BrowserFacts,
  boot: () => Promise<BootOutcome>,
  bootTimeoutMs: number,
): Promise<RuntimeDecision> {
  if (preference === 'sandbox') return { kind: 'sandbox', reason: { key: 'reasonSandboxChosen' } };
  const blocked = webContainerPreflight(facts);
  if (blocked) return { kind: 'sandbox', reason: blocked };
  const outcome = await boot();
  if (outcome.ok && outcome.adapter) return { kind: 'webcontainer', reason: { key: preference === 'webcontainer' ? 'reasonWebContainerChosen' : 'reasonWebContainerReady' } };
  if (outcome.ok) return { kind: 'sandbox', reason: { key: 'reasonNoAdapter' } };
  if (outcome.timedOut) return { kind: 'sandbox', reason: { key: 'reasonBootTimeout', params: { seconds: bootTimeoutMs / 1000 } } };
  return { kind: 'sandbox', reason: { key: 'reasonBootFailed', params: { detail: outcome.detail } } };
}
