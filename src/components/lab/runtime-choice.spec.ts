import { describe, expect, it, vi } from 'vitest';
import { chooseRuntime, fallbackDecision, reasonText } from './runtime-choice.ts';
import { uiStrings } from '../../i18n/translate.ts';
import { preflight } from '../../../labs/runtime/webcontainer/index.ts';

const en = uiStrings('en', 'lab');
const es = uiStrings('es', 'lab');

// What the WebContainer runtime's preflight reports when the browser refuses at once (a name that does not
// resolve): the UI shows the runtime's own reason, so it is taken from the runtime, not written here.
const OFFLINE = (await preflight({
  crossOriginIsolated: true,
  probe: async () => {
    throw new TypeError('Failed to fetch');
  },
}))!;

describe('chooseRuntime', () => {
  it.each([
    {
      title: 'uses only the sandbox, without any preflight, when the student picks it',
      choice: 'sandbox',
      key: 'reasonSandboxChosen',
    },
    {
      title: 'runs the sandbox by default and probes nothing (no request to StackBlitz unasked)',
      choice: 'auto',
      key: 'reasonSandboxDefault',
    },
  ] as const)('$title', async ({ choice, key }) => {
    const preflight = vi.fn(async () => null);
    expect(await chooseRuntime(choice, true, preflight)).toEqual({ kinds: ['sandbox'], reason: { key } });
    expect(preflight).not.toHaveBeenCalled();
  });

  it('says the default sandbox is why nothing reached StackBlitz', () => {
    expect(reasonText({ key: 'reasonSandboxDefault' }, en, 'en')).toMatch(/StackBlitz/);
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
      'WebContainer cannot run here: the browser could not reach stackblitz.com (it said “Failed to fetch”): offline, the name does not resolve, or something blocks it.',
    );
    expect(reasonText(decision.reason, es, 'es')).toContain(
      'el navegador no pudo conectar con stackblitz.com (dijo «Failed to fetch»)',
    );
    // A refusal at once is not described as a wait that ran out.
    expect(reasonText(decision.reason, en, 'en')).not.toMatch(/within/);
  });

  it('treats a preflight that throws as a reason to fall back', async () => {
    const decision = await chooseRuntime('webcontainer', true, async () => {
      throw new Error('blocked by CSP');
    });
    expect(decision.kinds).toEqual(['sandbox']);
    expect(reasonText(decision.reason, en, 'en')).toContain('blocked by CSP');
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
