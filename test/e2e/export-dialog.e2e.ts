/**
 * The export dialog in Chromium on its built demo page: it exports the handler the lab island saved in
 * this browser(), switches formats, names a wrong NodePort, downloads the file, and passes axe-core.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage, PHONE, screenshot, pageScriptsRan } from './browser.ts';

const SAVED_HANDLER =
  "module.exports = async (event, context) => context.status(200).succeed('from the browser')\n";

async function openDialog(page: Page): Promise<void> {
  await page.locator('[data-export-dialog] [data-part="open"]').click();
  await page.waitForSelector('dialog.export-dialog[open]');
}

describe('export dialog', () => {
  const browser = chromiumForTests();

  it("exports the student's saved handler as k3s manifests, with the commands to deploy them", async () => {
    const page = await openPage(browser(), '/dev/export/');
    await page.evaluate((handler) => {
      localStorage.setItem(
        'faaslab:lab-edits:v1:hello',
        JSON.stringify({
          v: 1,
          current: { files: { 'handler.js': handler, 'package.json': '{}' }, savedAt: 1 },
          previous: null,
        }),
      );
    }, SAVED_HANDLER);
    await page.reload();
    await pageScriptsRan(page);
    await openDialog(page);
    const yaml = await page.locator('[data-part="yaml"]').textContent();
    expect(yaml).toContain('kind: Deployment');
    expect(yaml).toContain("succeed('from the browser')");
    expect(yaml).toContain('server.mjs: |');
    const commands = await page.locator('[data-part="commands"] code').allTextContents();
    expect(commands[0]).toBe('kubectl apply -f hello-k8s.yaml');
    await screenshot(page, 'export-dialog-k8s');
  });

  it('switches to stack.yml, names a wrong NodePort in k8s, and downloads the file', async () => {
    const page = await openPage(browser(), '/en/dev/export/');
    await openDialog(page);
    await page.locator('[data-part="format-stack"]').check();
    expect(await page.locator('[data-part="yaml"]').textContent()).toContain('lang: node22');
    expect(await page.locator('[data-part="commands"] code').allTextContents()).toContain(
      'faas-cli up -f stack.yml',
    );
    await page.locator('[data-part="format-k8s"]').check();
    await page.locator('input[name="nodePort"]').fill('80');
    await expect
      .poll(() => page.locator('.ed-problems').textContent())
      .toContain('NodePort 80 is outside 30000–32767');
    expect(await page.locator('[data-part="yaml"]').textContent()).toBe('');
    await page.locator('input[name="nodePort"]').fill('31000');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.ed-actions button').nth(1).click(),
    ]);
    expect(download.suggestedFilename()).toBe('hello-k8s.yaml');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('nodePort: 31000');
  });

  it('is part of every lab in a lesson: the hello lab of lesson 4 exports its function', async () => {
    const page = await openPage(browser(), '/en/course/openfaas/');
    const lab = page.locator('[data-function-lab][data-lab-id="hello"]');
    await lab.scrollIntoViewIfNeeded();
    await lab.locator('[data-export-dialog] [data-part="open"]').click();
    await page.waitForSelector('dialog.export-dialog[open]');
    const yaml = await page.locator('dialog.export-dialog[open] [data-part="yaml"]').textContent();
    expect(yaml).toContain('kind: Deployment');
    expect(yaml).toContain('name: hello');
  });

  it('fits a phone and has no serious axe-core violations', async () => {
    // bypassCSP: axe is injected by the test, and the site's CSP rightly refuses it.
    const page = await openPage(browser(), '/dev/export/', { ...PHONE, bypassCSP: true });
    await openDialog(page);
    await page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await page.evaluate(async () => {
      type AxeResult = { violations: { id: string; impact: string }[] };
      const axe = (window as unknown as { axe: { run(context: string): Promise<AxeResult> } }).axe;
      return (await axe.run('dialog.export-dialog')).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id);
    });
    expect(violations).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'export-dialog-phone');
  });
});
