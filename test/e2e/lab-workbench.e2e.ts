/**
 * A function lab as a workbench, as a student meets it on a laptop (1280×800) and a phone (390×844), light
 * and dark: the run state after Run, the response after Invoke and the results after Check show where the
 * student is looking. Split from workbench.e2e.ts (the simulator's workbench).
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { PHONE } from './browser.ts';
import {
  DESKTOP,
  workbenchBrowserForTests,
  scrollTo,
  shareInView,
  SIZES,
  tapVisible,
  THEMES,
} from './workbench-view.ts';

const { open } = workbenchBrowserForTests();

describe('lab workbench (openfaas lesson, hello lab)', () => {
  for (const { name, options } of SIZES) {
    for (const theme of THEMES) {
      it(`${name}, ${theme}: the run state after Run, the response after Invoke and the results after Check are on screen`, async () => {
        const page = await open('/en/course/openfaas/', options, theme);
        const lab = page.locator('section[data-lab-id="hello"]');
        await scrollTo(lab);
        await page.waitForSelector('section[data-lab-id="hello"][data-state="ready"]', { timeout: 20_000 });
        await scrollTo(lab);
        const phone = name === 'phone';
        // On a phone the lab's parts are tabs under the Run bar; on a wide screen there are none.
        expect(await lab.locator('.fl-worktabs').isVisible()).toBe(phone);

        await lab.locator('[data-part="run"]').click();
        await expect.poll(() => lab.getAttribute('data-run-state'), { timeout: 30_000 }).toBe('running');
        await page.waitForTimeout(300);
        expect(await shareInView(lab.locator('[data-part="run-state"]'))).toBeGreaterThan(0.99);

        if (phone) await tapVisible(page, lab.locator('[data-worktab="invoke"]'));
        await lab.locator('[data-part="invoke"]').click();
        // "pending" (Invoking…) is an outcome too: wait for the answer itself.
        await expect
          .poll(() => lab.locator('[data-part="response-summary"]').getAttribute('data-outcome'), {
            timeout: 20_000,
          })
          .toMatch(/^(ok|error)$/);
        await page.waitForTimeout(300);
        expect(await lab.locator('[data-part="response-status"]').textContent()).toBe('200');
        expect(await lab.locator('[data-part="response-body"]').textContent()).toBe('Hello from OpenFaaS!');
        for (const part of ['response-summary', 'response-status', 'response-body'])
          expect(await shareInView(lab.locator(`[data-part="${part}"]`)), `${part} in view`).toBeGreaterThan(
            0.99,
          );
        await page.screenshot({ path: `test-results/screenshots/workbench-lab-invoke-${name}-${theme}.png` });

        if (phone) await tapVisible(page, lab.locator('[data-worktab="checks"]'));
        await lab.locator('[data-part="check"]').click();
        await expect.poll(() => lab.locator('.fl-check').count(), { timeout: 20_000 }).toBeGreaterThan(0);
        await page.waitForTimeout(300);
        expect(await shareInView(lab.locator('[data-part="check-summary"]'))).toBeGreaterThan(0.99);
        expect(await shareInView(lab.locator('.fl-check').first())).toBeGreaterThan(0.99);
        await page.screenshot({ path: `test-results/screenshots/workbench-lab-${name}-${theme}.png` });
        expect(await axeViolations(page, 'section[data-lab-id="hello"]')).toEqual([]);

        // An edit makes the verdicts stale: the response and the check results are cleared.
        if (phone) await tapVisible(page, lab.locator('[data-worktab="code"]'));
        await lab.locator('.cm-content').first().click();
        await page.keyboard.press('End');
        await page.keyboard.type(' # changed');
        await expect.poll(() => lab.locator('.fl-check').count()).toBe(0);
        expect(await lab.locator('[data-part="check-summary"]').textContent()).toBe('');
        expect(await lab.locator('[data-part="response-body"]').isVisible()).toBe(false);
        await page.context().close();
      });
    }
  }

  it('phone: a closed tab with news shows "•" (the cluster\'s answer on Invoke) until it is opened', async () => {
    const page = await open('/en/course/openfaas/', PHONE, 'light');
    const lab = page.locator('section[data-lab-id="hello"]');
    await scrollTo(lab);
    await page.waitForSelector('section[data-lab-id="hello"][data-state="ready"]', { timeout: 20_000 });
    await scrollTo(lab);
    const mark = (tab: string): Locator => lab.locator(`[data-part="new-${tab}"]`);
    for (const tab of ['invoke', 'checks', 'logs']) expect(await mark(tab).isVisible(), tab).toBe(false);
    const strip = lab.locator('.fl-worktabs');
    await lab.locator('[data-part="run"]').click();
    await expect.poll(() => lab.getAttribute('data-run-state'), { timeout: 30_000 }).toBe('running');

    await strip.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tapVisible(page, lab.locator('[data-worktab="checks"]'));
    // "Send through the cluster" (in the Checks tab) answers with the function's response: news for Invoke.
    await lab.locator('[data-part="cluster"]').click();
    await expect
      .poll(() => lab.locator('[data-part="cluster-response"]').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => mark('invoke').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await mark('invoke').textContent()).toMatch(/•\s*\(new\)/);
    expect(await mark('checks').isVisible()).toBe(false);

    await strip.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await tapVisible(page, lab.locator('[data-worktab="invoke"]'));
    expect(await mark('invoke').isVisible()).toBe(false);
    expect(await lab.locator('[data-part="response-summary"]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('"Restart with my changes" shows only while the editor differs from what runs, reset and solution included', async () => {
    const page = await open('/en/course/openfaas/', DESKTOP, 'light');
    const lab = page.locator('section[data-lab-id="hello"]');
    await scrollTo(lab);
    await page.waitForSelector('section[data-lab-id="hello"][data-state="ready"]', { timeout: 20_000 });
    const run = lab.locator('[data-part="run"]');
    const label = (): Promise<string | null> => run.textContent();
    expect(await label()).toBe('Run');
    // Before anything runs, an edit has nothing to restart.
    await lab.locator('.cm-content').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# a note');
    expect(await label()).toBe('Run');
    await run.click();
    await expect.poll(() => lab.getAttribute('data-run-state'), { timeout: 30_000 }).toBe('running');
    expect(await label()).toBe('Run');
    // Running, then edited: now the button would change what runs.
    await lab.locator('.cm-content').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' again');
    await expect.poll(label).toBe('Restart with my changes');
    // Undo back to what runs: nothing to restart.
    await page.keyboard.press('Control+z');
    await expect.poll(label).toBe('Run');
    // Reset and Reveal solution replace the files without typing: the label follows them too, and the
    // old verdicts go.
    await lab.locator('[data-part="check"]').click();
    await expect.poll(() => lab.locator('.fl-check').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await lab.locator('[data-part="reset"]').click();
    await expect.poll(label).toBe('Restart with my changes');
    expect(await lab.locator('.fl-check').count()).toBe(0);
    page.on('dialog', (dialog) => void dialog.accept());
    await lab.locator('[data-part="solution"]').click();
    await expect.poll(label).toBe('Restart with my changes');
    await run.click();
    await expect.poll(label, { timeout: 30_000 }).toBe('Run');
    await expect.poll(() => lab.getAttribute('data-run-state'), { timeout: 30_000 }).toBe('running');
    await lab.locator('[data-part="check"]').click();
    await expect
      .poll(() => lab.locator('[data-part="check-summary"]').textContent(), { timeout: 20_000 })
      .toMatch(/Every check passes/);
    // Undo brings the version before the solution back, which is not what runs.
    await lab.locator('[data-part="undo"]').click();
    await expect.poll(label).toBe('Restart with my changes');
    expect(await lab.locator('.fl-check').count()).toBe(0);
    await page.context().close();
  });
});
