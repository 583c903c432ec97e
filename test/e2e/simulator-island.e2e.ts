/**
 * The cluster simulator island in Chromium, on the built site's demo page (flaskapp scenario): the course
 * file refused (extensions/v1beta1) until migrated from the editor, then a request through Traefik with
 * its hops and animated path, a crashed container giving 503 at the Service, a YAML error marked at its
 * line, the state restored on reload, and an axe-core check.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage, screenshot } from './browser.ts';
import { axeViolations } from './axe.ts';
import { migrateAndApply } from './flaskapp-migration.ts';
import { INGRESS_JOURNEY } from '../simulator/ingress-journey.ts';

const ISLAND = '[data-cluster-sim="flaskapp"]';

async function openIsland(path = '/dev/simulator/', options = {}): Promise<Page> {
  const page = await openPage(browser(), path, options);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.locator(ISLAND).scrollIntoViewIfNeeded();
  await page.waitForSelector(`${ISLAND}[data-sim-ready="true"]`, { timeout: 20_000 });
  expect(errors).toEqual([]);
  return page;
}

async function sendPreset(page: Page, index: number): Promise<void> {
  // The controls are tabs (Send · Operations · Steps · YAML · kubectl): open the one in use.
  await page.click(`${ISLAND} [data-tab="send"]`);
  await page.selectOption(`${ISLAND} [data-sim="preset"]`, String(index));
  await page.click(`${ISLAND} [data-sim="send"]`);
  await page.waitForSelector(`${ISLAND} .sim-outcome:not([hidden])`, { timeout: 15_000 });
}

const browser = chromiumForTests();

describe('cluster simulator island (flaskapp)', () => {
  it('routes a request through Traefik to the flaskapp Pod, hop by hop, and draws its path', async () => {
    const page = await openIsland();
    await migrateAndApply(page, ISLAND);
    await sendPreset(page, 0);
    const kinds = await page
      .locator(`${ISLAND} .sim-hop`)
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    expect(kinds).toEqual(INGRESS_JOURNEY);
    expect(await page.locator(`${ISLAND} .sim-outcome`).textContent()).toMatch(/200/);
    const path = await page.locator(`${ISLAND} .trace-path`).getAttribute('d');
    expect(path?.match(/[ML]/g)?.length).toBe(10);
    expect(await page.locator(`${ISLAND} [data-sim-live]`).textContent()).toMatch(/200/);
    expect(
      await page.locator(`${ISLAND} .sim-step[data-step="through-traefik"]`).getAttribute('class'),
    ).toContain('done');
    await screenshot(page, 'simulator-flaskapp-request');
    await page.context().close();
  });

  it("crashes the only Pod's container: the next request ends with 503 at the Service, and a reload keeps that state", async () => {
    const page = await openIsland();
    await migrateAndApply(page, ISLAND);
    await page.click(`${ISLAND} [data-tab="operations"]`);
    await page.selectOption(`${ISLAND} [data-sim="pod"]`, 'default/flaskapp');
    await page.click(`${ISLAND} [data-sim="kill-pod"]`);
    await sendPreset(page, 0);
    const last = page.locator(`${ISLAND} .sim-hop`).last();
    expect(await last.getAttribute('data-kind')).toBe('service');
    expect(await last.getAttribute('class')).toContain('refused');
    expect(await last.textContent()).toContain('503');
    expect(await page.locator(`${ISLAND} .trace-path.refused`).count()).toBe(1);
    await screenshot(page, 'simulator-flaskapp-503');

    await page.waitForFunction(() => location.hash.includes('sim-flaskapp='));
    const before = await page
      .locator(`${ISLAND} .topology .pod`)
      .evaluateAll((pods) => pods.map((p) => p.getAttribute('class')).sort());
    await page.reload();
    await page.locator(ISLAND).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${ISLAND}[data-sim-ready="true"]`);
    const after = await page
      .locator(`${ISLAND} .topology .pod`)
      .evaluateAll((pods) => pods.map((p) => p.getAttribute('class')).sort());
    expect(after).toEqual(before);
    await sendPreset(page, 0);
    expect(await page.locator(`${ISLAND} .sim-outcome`).textContent()).toMatch(/503/);

    // "Reset scenario" starts afresh and forgets the state in the URL.
    await page.click(`${ISLAND} [data-sim="reset"]`);
    await page.waitForSelector(`${ISLAND}[data-sim-ready="true"]`);
    expect(await page.evaluate(() => location.hash.includes('sim-flaskapp='))).toBe(false);
    // Afresh means the course file as written: refused again, so no flaskapp Pod.
    expect(await page.locator(`${ISLAND} [data-sim="pod"] option[value="default/flaskapp"]`).count()).toBe(0);
    await page.context().close();
  });

  it('marks a YAML error at its line', async () => {
    const page = await openIsland();
    // CodeMirror loads when the YAML pane comes into view (yaml-slot.ts, through near-viewport.ts): its
    // panel is hidden, so never near, until the tab is opened.
    const editorCode: string[] = [];
    page.on(
      'request',
      (request) => /\/yaml-pane\.[\w-]+\.js$/.test(request.url()) && editorCode.push(request.url()),
    );
    await page.locator(`${ISLAND} [data-tab="send"]`).scrollIntoViewIfNeeded();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(editorCode).toEqual([]);
    expect(await page.locator(`${ISLAND} .sim-yaml pre`).count()).toBe(1);
    await page.click(`${ISLAND} [data-tab="yaml"]`);
    await page.waitForSelector(`${ISLAND} .cm-content`, { timeout: 20_000 });
    expect(editorCode).toHaveLength(1);
    const editor = page.locator(`${ISLAND} .cm-content`);
    await editor.click();
    // Line 12 of flaskapp.yaml is `      - containerPort: 5000`: make its field unknown.
    const line = page.locator(`${ISLAND} .cm-line`).nth(11);
    expect(await line.textContent()).toContain('containerPort');
    await line.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('      - containerPortz: 5000');
    // The course file's removed Ingress is marked too; the new error sits on the edited line.
    const marked = page.locator(`${ISLAND} .cm-line:has(.cm-lintRange-error)`, { hasText: 'containerPortz' });
    await marked.waitFor({ timeout: 10_000 });
    expect(await marked.count()).toBe(1);
    await page.click(`${ISLAND} .sim-yaml button.button:not(.ghost)`);
    expect(await page.locator(`${ISLAND} .sim-yaml-status`).textContent()).toMatch(
      /unknown|desconocido|portz/i,
    );
    await screenshot(page, 'simulator-flaskapp-yaml-error');
    await page.context().close();
  });

  it('refuses the removed extensions/v1beta1 Ingress and migrates it with one click from the lint list (keyboard: Ctrl-Shift-M)', async () => {
    const page = await openIsland();
    await page.click(`${ISLAND} [data-tab="yaml"]`);
    await page.waitForSelector(`${ISLAND} .cm-content`, { timeout: 20_000 });
    await page.locator(`${ISLAND} .cm-content`).click();
    await page.waitForSelector(`${ISLAND} .cm-lintRange-error`, { timeout: 10_000 });
    await page.keyboard.press('Control+Shift+M');
    const migrate = page.locator(`${ISLAND} .cm-panel-lint button`, { hasText: 'networking.k8s.io/v1' });
    await migrate.click();
    const text = await page.locator(`${ISLAND} .cm-content`).evaluate((el) => (el as HTMLElement).innerText);
    expect(text).not.toContain('extensions/v1beta1');
    expect(text).toContain('networking.k8s.io/v1');
    await page.click(`${ISLAND} .sim-yaml button.button:not(.ghost)`);
    expect(await page.locator(`${ISLAND} .sim-yaml-status`).textContent()).toMatch(/Ingress\/flaskapp/);
    await page.context().close();
  });

  it('has no serious or critical axe-core violations', async () => {
    // The site's CSP allows no inline script; axe is injected by the test only.
    const page = await openIsland('/dev/simulator/', { bypassCSP: true });
    await sendPreset(page, 0);
    const violations = await axeViolations(page, '[data-cluster-sim]');
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
