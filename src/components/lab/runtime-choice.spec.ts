import { describe, expect, it, vi } from 'vitest';
import { chooseRuntime, fallbackDecision, reasonText } from './runtime-choice.ts';
import { uiStrings } from '../../i18n/translate.ts';

const en = uiStrings('en', 'lab');
const es = uiStrings('es', 'lab');

const OFFLINE = { es: 'no se alcanza StackBlitz en 3 s', en: 'StackBlitz did not answer within 3 s' };

describe('chooseRuntime', () => {
  it('uses only the sandbox, without any preflight, when the student picks it', async () => {
    const preflight = vi.fn(async () => null);
    expect(await chooseRuntime('sandbox', true, preflight)).toEqual({
      kinds: ['sandbox'],
      reason: { key: 'reasonSandboxChosen' },
    });
    expect(preflight).not.toHaveBeenCalled();
  });

  it('falls back without a preflight when the page is not cross-origin isolated', async () => {
    const preflight = vi.fn(async () => null);
    expect((await chooseRuntime('webcontainer', false, preflight)).reason.key).toBe('reasonNotIsolated');
    expect(preflight).not.toHaveBeenCalled();
  });

  it('falls back with the preflight reason in both languages', async () => {
    const decision = await chooseRuntime('webcontainer', true, async () => OFFLINE);
    expect(decision.kinds).toEqual(['sandbox']);
    expect(reasonText(decision.reason, en, 'en')).toBe(
      'WebContainer cannot run here: StackBlitz did not answer within 3 s.',
    );
    expect(reasonText(decision.reason, es, 'es')).toContain('no se alcanza StackBlitz en 3 s');
  });

  it('treats a preflight that throws as a reason to fall back', async () => {
    const decision = await chooseRuntime('webcontainer', true, async () => {
      throw new Error('blocked by CSP');
    });
    expect(decision.kinds).toEqual(['sandbox']);
    expect(reasonText(decision.reason, en, 'en')).toContain('blocked by CSP');
  });

  it('runs the sandbox by default and probes nothing (no request to StackBlitz unasked)', async () => {
    const preflight = vi.fn(async () => null);
    expect(await chooseRuntime('auto', true, preflight)).toEqual({
      kinds: ['sandbox'],
      reason: { key: 'reasonSandboxDefault' },
    });
    expect(preflight).not.toHaveBeenCalled();
    expect(reasonText({ key: 'reasonSandboxDefault' }, en, 'en')).toMatch(/StackBlitz/);
  });

  it('tries WebContainer first, with the sandbox behind it, once chosen and the preflight passes', async () => {
    expect(await chooseRuntime('webcontainer', true, async () => null)).toEqual({
      kinds: ['webcontainer', 'sandbox'],
      reason: { key: 'reasonWebContainerChosen' },
    });
  });

  it('words the fallback after a failed boot', () => {
    expect(
      reasonText(fallbackDecision({ es: 'x', en: 'boot() did not finish in 6 s' }).reason, en, 'en'),
    ).toBe('WebContainer did not start: boot() did not finish in 6 s.');
  });
});
