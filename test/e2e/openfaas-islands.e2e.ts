import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage, PHONE, screenshot } from './browser.ts';
import { axeViolations } from './axe.ts';

describe('OpenFaaS islands', () => {
  const browser = chromiumForTests();

  it('runs a burst on the Pro demo: the replica chart rises, falls to zero when the load stops, and a late request pays a cold start', async () => {
    const page = await openPage(browser(), '/en/dev/openfaas/', { bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const load = page.locator('[data-openfaas-load]');
    await load.scrollIntoViewIfNeeded();
    await expect.poll(() => load.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await load.getByRole('button', { name: 'Run load' }).click();
    await expect.poll(() => load.getAttribute('data-state')).toBe('running');
    await expect.poll(() => load.getAttribute('data-state'), { timeout: 40_000 }).toBe('done');
    expect(Number(await load.getAttribute('data-max-replicas'))).toBe(10); // ⌈800 / 45⌉ = 18, capped by max 10
    expect(Number(await load.getAttribute('data-min-after-peak'))).toBe(0); // zero-duration 30s after the load
    expect(Number(await load.getAttribute('data-cold-starts'))).toBeGreaterThan(0); // the late requests
    expect(Number(await load.getAttribute('data-last-replicas'))).toBe(1);
    const path = await load.locator('path.series--replicas').getAttribute('d');
    expect(path?.length ?? 0).toBeGreaterThan(50);
    const summary = await load.locator('[data-part="summary"]').textContent();
    expect(summary).toContain('reached 10 and ended at 1');
    expect(summary).toMatch(/Cold starts: [1-9]\d*\./);
    expect(await load.locator('rect.bar--cold').count()).toBeGreaterThan(0);
    expect(await load.locator('svg desc').textContent()).toContain('Replicas:');
    expect(await axeViolations(page, '[data-openfaas-load]')).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, 'openfaas-load-en');
    await page.context().close();
  });

  it('steps Community Edition up to its cap of 5 replicas on the AlertManager rule (es), on a phone', async () => {
    const page = await openPage(browser(), '/dev/openfaas/', { ...PHONE, bypassCSP: true });
    const load = page.locator('[data-openfaas-load]');
    await load.scrollIntoViewIfNeeded();
    await expect.poll(() => load.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await load.getByLabel('Edición').selectOption('community');
    await load.getByLabel('Duración de la carga (s)').fill('120');
    await load.getByLabel('Ráfaga extra (peticiones/s)').fill('300');
    await load.getByRole('button', { name: 'Lanzar carga' }).click();
    await expect.poll(() => load.getAttribute('data-state'), { timeout: 40_000 }).toBe('done');
    expect(await load.getAttribute('data-max-replicas')).toBe('5'); // the stack asks for max 10: CE caps at 5
    expect(await load.locator('[data-part="note"]').textContent()).toContain('APIHighInvocationRate');
    expect(await load.locator('[data-part="summary"]').textContent()).toContain(
      'Alerta APIHighInvocationRate',
    );
    expect(await axeViolations(page, '[data-openfaas-load]')).toEqual([]);
    await screenshot(page, 'openfaas-load-es-phone');
    await page.context().close();
  });

  it('animates the architecture diagram, and under reduced motion lists the steps without moving', async () => {
    const page = await openPage(browser(), '/en/dev/openfaas/', { bypassCSP: true });
    const arch = page.locator('[data-serverless-architecture]');
    await expect.poll(() => arch.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await arch.getByRole('button', { name: 'Asynchronous request' }).click();
    await expect
      .poll(() => arch.locator('[data-node="queue"]').getAttribute('class'), { timeout: 5_000 })
      .toContain('is-active');
    await expect.poll(() => arch.getAttribute('data-step'), { timeout: 8_000 }).toBe('4');
    expect(await arch.locator('[data-part="caption"]').textContent()).toContain('X-Callback-Url');
    expect(await axeViolations(page, '[data-serverless-architecture]')).toEqual([]);
    await screenshot(page, 'openfaas-architecture-en');
    await page.context().close();

    const reduced = await openPage(browser(), '/dev/openfaas/', { reducedMotion: 'reduce' });
    const arch2 = reduced.locator('[data-serverless-architecture]');
    await expect.poll(() => arch2.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    await arch2.getByRole('button', { name: 'Petición síncrona' }).click();
    expect(await arch2.locator('[data-part="caption"] li').count()).toBe(3);
    expect(await arch2.locator('.arch-token').getAttribute('opacity')).toBe('0');
    expect(await arch2.locator('[data-link="gateway-workers"]').getAttribute('class')).toContain('is-active');
    await reduced.context().close();
  });
});
