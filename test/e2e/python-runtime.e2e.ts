/**
 * The Python contract suite against the Pyodide runtime in Chromium: CPython in a real Web Worker, its
 * assets served by the built site under its CSP (script-src 'self' 'wasm-unsafe-eval'), every case —
 * exec_timeout through the interrupt buffer, max_inflight, the memory limit — included.
 */
import { describe, expect, it } from 'vitest';
import type { PythonHarness } from '../labs/python-harness-client.ts';
import { PYTHON_CONTRACT_CASES } from '../labs/python-contract-cases.ts';
import { harnessPageForTests } from './browser.ts';

type HarnessWindow = { faaslabPythonHarness: PythonHarness };

describe('Pyodide runtime in Chromium', () => {
  const harness = harnessPageForTests('/dev/python-harness/');
  const errors = harness.errors;

  it.each(PYTHON_CONTRACT_CASES.map((c) => c.id))(
    '%s',
    async (id) => {
      const outcome = await harness
        .page()
        .evaluate((caseId) => (window as unknown as HarnessWindow).faaslabPythonHarness.runCase(caseId), id);
      expect(outcome.failures).toEqual([]);
    },
    180_000,
  );

  it('logged no CSP violation or page error', () => {
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  });
});
