/**
 * Lesson 8: the Compose converter hands its manifests to the flaskapp simulator on the same page
 * ("Load into the simulator"), which applies them and shows them in its kubectl console; without a running
 * simulator the converter says so instead of claiming success.
 */
import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage } from './browser.ts';

const SIM = '[data-cluster-sim="flaskapp"]';
const CONVERTER = '[data-compose-converter]';
const browser = chromiumForTests();

describe('Compose converter → simulator', () => {
  it('says there is no simulator when none has mounted yet', async () => {
    const page = await openPage(browser(), '/en/course/compose-to-kubernetes/');
    // Remove the simulator before it can mount (it loads when scrolled near), then go to the converter.
    await page.evaluate((sel) => document.querySelector(sel)?.remove(), SIM);
    await page.locator(`${CONVERTER} [data-part="load"]`).scrollIntoViewIfNeeded();
    await page.click(`${CONVERTER} [data-part="load"]`);
    await expect
      .poll(() => page.locator(`${CONVERTER} [data-part="notice"]`).textContent())
      .toContain('No simulator');
  });

  it('applies the converted flask + redis manifests to the flaskapp simulator', async () => {
    const page = await openPage(browser(), '/curso/compose-to-kubernetes/');
    await page.locator(SIM).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${SIM}[data-sim-ready="true"]`, { timeout: 30_000 });
    await page.locator(`${CONVERTER} [data-part="load"]`).scrollIntoViewIfNeeded();
    await page.click(`${CONVERTER} [data-part="load"]`);
    await expect
      .poll(() => page.locator(`${SIM} .sim-notice`).last().textContent())
      .toMatch(/Se aplicaron \d+ objetos de/);
    expect(await page.locator(`${CONVERTER} [data-part="notice"]`).textContent()).toContain(
      'enviados al simulador',
    );
    await page.click(`${SIM} [data-tab="kubectl"]`);
    await page.fill(`${SIM} .sim-console-input`, 'get deployments');
    await page.press(`${SIM} .sim-console-input`, 'Enter');
    await expect.poll(() => page.locator(`${SIM} .sim-console-output`).textContent()).toMatch(/\bredis\b/);
    const output = (await page.locator(`${SIM} .sim-console-output`).textContent()) ?? '';
    expect(output).toMatch(/\bweb\b/);
    expect(output).toMatch(/\bredis\b/);
  });
});
