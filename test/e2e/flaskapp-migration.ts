/**
 * The course's flaskapp.yaml is refused as a current k3s refuses it (extensions/v1beta1 Ingress): the browser
 * tests that need its Ingress migrate it from the lint panel, apply, and step the paused clock until the
 * flaskapp Pod runs, as a student would.
 */
import type { Page } from 'playwright-core';

/** Migrates and applies flaskapp.yaml in the simulator island `island` (a CSS selector). */
export async function migrateAndApply(page: Page, island: string): Promise<void> {
  await page.click(`${island} [data-tab="yaml"]`);
  await page.waitForSelector(`${island} .cm-content`, { timeout: 20_000 });
  await page.locator(`${island} .cm-content`).click();
  await page.waitForSelector(`${island} .cm-lintRange-error`, { timeout: 10_000 });
  await page.keyboard.press('Control+Shift+M');
  await page.locator(`${island} .cm-panel-lint button`, { hasText: 'networking.k8s.io/v1' }).click();
  await page.click(`${island} .sim-yaml button.button:not(.ghost)`);
  const option = page.locator(`${island} [data-sim="pod"] option[value="default/flaskapp"]`);
  for (let i = 0; i < 20; i++) {
    if ((await option.count()) > 0 && (await option.textContent())?.includes('Running')) return;
    await page.click(`${island} [data-sim="step"]`);
  }
  throw new Error('flaskapp did not reach Running after the migration');
}
