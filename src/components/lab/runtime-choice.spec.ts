import { describe, expect, it, vi } from 'vitest';
import { browserFacts, chooseRuntime, type BootOutcome } from './runtime-choice.ts';

const ISOLATED = { crossOriginIsolated: true, sharedArrayBuffer: true, online: true };

describe('chooseRuntime', () => {
  it('uses the sandbox without booting anything when the student picks it', async () => {
    const boot = vi.fn<() => Promise<BootOutcome>>();
    expect(await chooseRuntime('sandbox', ISOLATED, boot, 4000)).toEqual({ kind: 'sandbox', reason: { key: 'reasonSandboxChosen' } });
    expect(boot).not.toHaveBeenCalled();
  });

  it('falls back without booting when the page is not cross-origin isolated', async () => {
    const boot = vi.fn<() => Promise<BootOutcome>>();
    const decision = await chooseRuntime('auto', { ...ISOLATED, crossOriginIsolated: false }, boot, 4000);
    expect(decision).toEqual({ kind: 'sandbox', reason: { key: 'reasonNotIsolated' } });
    expect(boot).not.toHaveBeenCalled();
  });

  it('says offline before trying to reach StackBlitz', async () => {
    expect((await chooseRuntime('webcontainer', { ...ISOLATED, online: false }, vi.fn(), 4000)).reason.key).toBe('reasonOffline');
  });

  it('falls back with the boot timeout in seconds', async () => {
    const decision = await chooseRuntime('auto', ISOLATED, async () => ({ ok: false, timedOut: true, detail: '' }), 4000);
    expect(decision).toEqual({ kind: 'sandbox', reason: { key: 'reasonBootTimeout', params: { seconds: 4 } } });
  });

  it('falls back with the boot error', async () => {
    const decision = await chooseRuntime('auto', ISOLATED, async () => ({ ok: false, timedOut: false, detail: 'iframe blocked' }), 4000);
    expect(decision.reason).toEqual({ key: 'reasonBootFailed', params: { detail: 'iframe blocked' } });
  });

  it('uses WebContainer only when it booted and an adapter runs functions in it', async () => {
    expect((await chooseRuntime('auto', ISOLATED, async () => ({ ok: true, adapter: true }), 4000)).kind).toBe('webcontainer');
    expect((await chooseRuntime('auto', ISOLATED, async () => ({ ok: true, adapter: false }), 4000)).reason.key).toBe('reasonNoAdapter');
  });

  it('reads the facts of a scope', () => {
    const scope = { crossOriginIsolated: true, SharedArrayBuffer: ArrayBuffer, navigator: { onLine: false } } as unknown as typeof globalThis;
    expect(browserFacts(scope)).toEqual({ crossOriginIsolated: true, sharedArrayBuffer: true, online: false });
  });
});
