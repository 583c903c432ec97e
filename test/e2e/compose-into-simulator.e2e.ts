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
  it('says there is no simulator when the page has none', async () => {
    const page = await openPage(browser(), '/en/course/compose-to-kubernetes/');
    // Remove the simulator before it can mount (it loads when scrolled near), then go to the converter.
    await page.evaluate((sel) => document.querySelector(sel)?.remove(), SIM);
    await page.locator(CONVERTER).scrollIntoViewIfNeeded();
    // The converter imports its code as it nears the viewport (compose-loader.ts); its buttons show then.
    await page.waitForSelector(`${CONVERTER}[data-mounted]`);
    await page.click(`${CONVERTER} [data-part="load"]`);
    await expect
      .poll(() => page.locator(`${CONVERTER} [data-part="notice"]`).textContent())
      .toContain('No simulator');
  });

  it('applies the converted flask + redis manifests to the flaskapp simulator', async () => {
    const page = await openPage(browser(), '/curso/compose-to-kubernetes/');
    await page.locator(SIM).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${SIM}[data-sim-ready="true"]`, { timeout: 30_000 });
    await page.locator(CONVERTER).scrollIntoViewIfNeeded();
    // The converter imports its code as it nears the viewport (compose-loader.ts); its buttons show then.
    await page.waitForSelector(`${CONVERTER}[data-mounted]`);
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

  it('mounts a simulator that had not mounted yet, fills it, scrolls to it and gives it the focus', async () => {
    const page = await openPage(browser(), '/en/course/compose-to-kubernetes/', {
      viewport: { width: 1280, height: 800 },
    });
    // Put the simulator far above the converter (islands mount ~1,200 px ahead), then go to the converter.
    await page.evaluate((sel) => {
      const spacer = Object.assign(document.createElement('div'), { style: 'height: 5000px' });
      document.querySelector(sel)?.before(spacer);
    }, CONVERTER);
    await page.locator(CONVERTER).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    // Armed by the loader ('waiting') but neither loading nor mounted: the hand-off must mount it.
    expect(await page.locator(SIM).getAttribute('data-sim-state'), 'not mounted before the click').toBe(
      'waiting',
    );
    await page.waitForSelector(`${CONVERTER}[data-mounted]`);
    await page.click(`${CONVERTER} [data-part="load"]`);
    expect(await page.locator(`${CONVERTER} [data-part="notice"]`).textContent()).toContain(
      'sent to the simulator',
    );
    await page.waitForSelector(`${SIM}[data-sim-ready="true"]`, { timeout: 30_000 });
    await expect
      .poll(() => page.locator(`${SIM} .sim-notice`).last().textContent(), { timeout: 10_000 })
      .toMatch(/Applied \d+ objects from/);
    // Taken there: the island's top is on screen (under the site header) and it has the focus.
    await expect
      .poll(() => page.locator(SIM).evaluate((el) => Math.round(el.getBoundingClientRect().top)), {
        timeout: 5_000,
      })
      .toBeGreaterThanOrEqual(0);
    const top = await page.locator(SIM).evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(200);
    expect(await page.locator(SIM).evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
