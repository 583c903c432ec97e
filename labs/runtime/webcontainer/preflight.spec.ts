/** The preflight says what happened: no isolation, a refusal at once, or no answer in time — never one for another. */
import { describe, expect, it } from 'vitest';
import { preflight } from './preflight.ts';

const hangs = (signal: AbortSignal): Promise<unknown> =>
  new Promise((_, reject) =>
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  );

describe('preflight', () => {
  it('passes when StackBlitz answers', async () => {
    expect(await preflight({ crossOriginIsolated: true, probe: async () => ({}) }, 50)).toBeNull();
  });

  it('says the page is not isolated without probing', async () => {
    let probed = false;
    const why = await preflight({
      crossOriginIsolated: false,
      probe: async () => {
        probed = true;
      },
    });
    expect(why?.en).toMatch(/not cross-origin isolated/);
    expect(why?.es).toMatch(/no está aislada/);
    expect(probed).toBe(false);
  });

  it('reports a refusal at once (a name that does not resolve) as such, not as a timeout', async () => {
    const started = Date.now();
    // What Chromium's fetch rejects with for net::ERR_NAME_NOT_RESOLVED or ERR_INTERNET_DISCONNECTED.
    const why = await preflight(
      {
        crossOriginIsolated: true,
        probe: async () => {
          throw new TypeError('Failed to fetch');
        },
      },
      3_000,
    );
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(why?.en).toBe(
      'the browser could not reach stackblitz.com (it said “Failed to fetch”): offline, the name does not resolve, or something blocks it',
    );
    expect(why?.es).toMatch(/^el navegador no pudo conectar con stackblitz\.com \(dijo «Failed to fetch»\)/);
    expect(`${why?.en} ${why?.es}`).not.toMatch(/within|\d s\b/);
  });

  it('reports a probe that never answers as a timeout, with its length', async () => {
    const why = await preflight({ crossOriginIsolated: true, probe: hangs }, 50);
    expect(why?.en).toMatch(/^StackBlitz did not answer within 0.05 s/);
    expect(why?.es).toMatch(/^StackBlitz no respondió en 0.05 s/);
  });
});
