import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage, PHONE, screenshot } from './browser.ts';
import { expectCleanIsland } from './axe.ts';

describe('Compose converter island', () => {
  const browser = chromiumForTests();

  it('turns the flask + redis compose into manifests, warning that redis gets no Service', async () => {
    const page = await openPage(browser(), '/dev/compose/');
    const island = page.locator('[data-compose-converter]');
    await expect.poll(() => island.getAttribute('data-mounted')).toBe('');
    await expect
      .poll(() => island.locator('[data-part="status"]').textContent())
      .toBe('Convertido: 3 objetos.');
    const yaml = await island.locator('[data-part="output"]').inputValue();
    expect(yaml).toContain('kind: Service');
    expect(yaml).toContain('targetPort: 5000');
    expect(await island.locator('.diagnostic').allTextContents()).toEqual([
      expect.stringContaining('compose.yaml:3:12'),
      expect.stringContaining("Redis(host='redis')"),
    ]);
    await screenshot(page, 'compose-converter-es');
    await page.context().close();
  });

  it('shows a positioned error for broken YAML and moves the caret there', async () => {
    const page = await openPage(browser(), '/en/dev/compose/');
    const island = page.locator('[data-compose-converter]');
    await expect.poll(() => island.getAttribute('data-mounted')).toBe('');
    await island
      .locator('[data-part="input"]')
      .fill('services:\n  web:\n    image: nginx\n    ports: ["80:99999"]\n');
    await island.locator('[data-part="convert"]').click();
    await expect.poll(() => island.getAttribute('data-state')).toBe('error');
    expect(await island.locator('[data-part="status"]').textContent()).toBe(
      'Cannot convert: 1 error, on line 4.',
    );
    const error = island.locator('.diagnostic--error');
    expect(await error.textContent()).toContain('compose.yaml:4:13');
    expect(await error.textContent()).toContain('services.web.ports[0]: Port 99999 is outside 1–65535.');
    expect(await island.locator('[data-part="output"]').inputValue()).toBe('');
    expect(await island.locator('[data-part="copy"]').isDisabled()).toBe(true);
    await error.locator('.diagnostic-place').click();
    const caret = await island
      .locator('[data-part="input"]')
      .evaluate((el: HTMLTextAreaElement) => el.selectionStart);
    expect(caret).toBe('services:\n  web:\n    image: nginx\n    ports: ['.length);
    await screenshot(page, 'compose-converter-error-en');
    await page.context().close();
  });

  it('sends the YAML to the page with the faaslab:load-manifests event', async () => {
    const page = await openPage(browser(), '/dev/compose/', PHONE);
    const island = page.locator('[data-compose-converter]');
    await expect.poll(() => island.getAttribute('data-mounted')).toBe('');
    await page.evaluate(() => {
      // Stands in for a simulator island: it takes the manifests by cancelling the event.
      document.addEventListener('faaslab:load-manifests', (e) => {
        document.body.dataset.received = (e as CustomEvent<{ yaml: string }>).detail.yaml;
        e.preventDefault();
      });
    });
    await island.locator('[data-part="load"]').click();
    expect(await page.locator('body').getAttribute('data-received')).toContain('io.kompose.service: web');
    expect(await island.locator('[data-part="notice"]').textContent()).toBe(
      'Manifiestos enviados al simulador.',
    );
    await screenshot(page, 'compose-converter-phone');
    await page.context().close();
  });

  it('has no serious or critical axe-core violations and no script errors, in both languages', async () => {
    await expectCleanIsland(browser(), ['/dev/compose/', '/en/dev/compose/'], '[data-compose-converter]');
  });
});
