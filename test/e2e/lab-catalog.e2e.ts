/**
 * Every lab of the catalogue through its island in Chromium (sandbox runtime): the starter fails
 * its checks and the revealed solution passes them, with expected vs got shown for failures.
 */
import { describe, expect, it } from 'vitest';
import { listLabs } from '../../labs/index.ts';
import { chromiumForTests, openPage } from './browser.ts';

describe('every lab in its island (sandbox)', () => {
  const browser = chromiumForTests();

  it('hydrates each island only when it comes into view, and shows instructions and code without JavaScript', async () => {
    const page = await openPage(browser(), '/dev/labs/');
    const last = listLabs().at(-1)!.id;
    await page.waitForSelector('[data-function-lab][data-state="ready"]', { timeout: 20_000 });
    expect(await page.locator(`[data-function-lab][data-lab-id="${last}"]`).getAttribute('data-state')).toBe(
      'static',
    );
    await page.locator(`[data-function-lab][data-lab-id="${last}"]`).scrollIntoViewIfNeeded();
    await page.waitForSelector(`[data-function-lab][data-lab-id="${last}"][data-state="ready"]`, {
      timeout: 20_000,
    });
    await page.context().close();

    const noJs = await openPage(browser(), '/en/dev/lab/', { javaScriptEnabled: false });
    expect(await noJs.locator('[data-part="fallback"][data-file="handler.js"]').textContent()).toContain(
      'module.exports',
    );
    expect(await noJs.locator('.fl-instructions-body').textContent()).toContain('Hello! You said');
    expect(await noJs.locator('[data-part="run"]').isVisible()).toBe(false);
    await noJs.context().close();
  });

  it('fails with the starter and passes with the solution, for each lab', async () => {
    const page = await openPage(browser(), '/dev/labs/');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.evaluate(() => localStorage.setItem('faaslab:lab-runtime', 'sandbox'));
    await page.reload();
    for (const lab of listLabs()) {
      const root = page.locator(`[data-function-lab][data-lab-id="${lab.id}"]`);
      await root.scrollIntoViewIfNeeded();
      await page.waitForSelector(`[data-function-lab][data-lab-id="${lab.id}"][data-state="ready"]`, {
        timeout: 20_000,
      });
      await root.locator('[data-part="check"]').click();
      await root.locator('[data-part="check-summary"][data-outcome="error"]').waitFor({ timeout: 30_000 });
      expect(
        await root.locator('.fl-check--fail dt').count(),
        `${lab.id}: starter shows expected vs got`,
      ).toBeGreaterThan(0);
      await root.locator('[data-part="solution"]').click();
      await root.locator('[data-part="check"]').click();
      await root.locator('[data-part="check-summary"][data-outcome="ok"]').waitFor({ timeout: 30_000 });
      expect(await root.locator('.fl-check--pass').count(), lab.id).toBe(lab.checks.length);
    }
  }, 150_000);
});
