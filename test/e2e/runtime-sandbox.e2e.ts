/**
 * The contract suite and the lab suite against the Sandbox runtime in Chromium: QuickJS in a real
 * Web Worker, served by the built site with its CSP (script-src 'self' 'wasm-unsafe-eval').
 */
import { describe, expect, it } from 'vitest';
import type { RuntimeHarness } from '../labs/runtime-harness-client.ts';
import { CONTRACT_CASES } from '../labs/contract-cases.ts';
import { LAB_IDS } from '../labs/lab-suite.ts';
import { harnessPageForTests } from './browser.ts';

type HarnessWindow = { faaslabHarness: RuntimeHarness };

describe('Sandbox runtime in Chromium', () => {
  // The WebContainer preflight's probe of StackBlitz is refused by this page's CSP on purpose; 404s are
  // reported by URL so the browser's own favicon probe can be told apart.
  const harness = harnessPageForTests('/dev/runtime-harness/', {
    ignoredConsole: /status of 404|stackblitz/i,
    report404: true,
  });
  const errors = harness.errors;

  it.each(CONTRACT_CASES.map((c) => c.id))('contract: %s', async (id) => {
    const outcome = await harness
      .page()
      .evaluate((caseId) => (window as unknown as HarnessWindow).faaslabHarness.runCase(caseId), id);
    expect(outcome.failures).toEqual([]);
  });

  it.each(LAB_IDS)('lab %s: solution passes, starter fails', async (id) => {
    expect(
      await harness
        .page()
        .evaluate((labId) => (window as unknown as HarnessWindow).faaslabHarness.runLab(labId), id),
    ).toEqual([]);
  });

  it('keeps the main thread free while a handler loops forever', async () => {
    const result = await harness
      .page()
      .evaluate(() => (window as unknown as HarnessWindow).faaslabHarness.mainThreadTicksDuringLoop());
    expect(result.status).toBe(504);
    // A blocked page would see no ticks at all during the second of looping.
    expect(result.ticks).toBeGreaterThan(result.elapsedMs / 10 / 4);
  });

  it('terminates a worker stuck in native code; later requests time out until a restart (a new Pod)', async () => {
    const result = await harness
      .page()
      .evaluate(() => (window as unknown as HarnessWindow).faaslabHarness.stuckInNativeCode());
    expect(result).toEqual({
      stuck: 504,
      stuckLimit: 'exec-timeout',
      next: 504,
      afterRestart: 200,
      afterRestartBody: 'alive',
    });
  });

  it('the WebContainer runtime refuses quickly and says why when StackBlitz is out of reach', async () => {
    const result = await harness
      .page()
      .evaluate(() => (window as unknown as HarnessWindow).faaslabHarness.webContainerFallback());
    expect(result.isolated).toBe(true);
    expect(result.reason).toBe('unavailable');
    expect(result.message).toMatch(/StackBlitz did not answer/);
    // Bounded by the 3 s preflight probe, never by a boot that hangs.
    expect(result.elapsedMs).toBeLessThan(10_000);
  });

  it('breaks no CSP rule and throws no page error', () => {
    expect(errors).toEqual([]);
  });
});
