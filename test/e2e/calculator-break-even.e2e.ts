import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { chromiumForTests, openPage, PHONE, screenshot } from './browser.ts';
import { expectCleanIsland } from './axe.ts';

const breakEven = async (calculator: Locator): Promise<number> =>
  Number(await calculator.getAttribute('data-break-even'));

describe('cost calculator island', () => {
  const browser = chromiumForTests();

  it('updates the break-even and the chart when the inputs change', async () => {
    const page = await openPage(browser(), '/en/dev/calculator/');
    const calc = page.locator('[data-cost-calculator]').first();
    await expect.poll(() => calc.getAttribute('data-mounted')).toBe('');
    expect(await calc.locator('svg path.series--faas').count()).toBe(1);
    const before = await breakEven(calc);
    expect(before).toBe(54_001_610);
    expect(await calc.locator('[data-part="summary"]').textContent()).toContain(
      'Break-even: 54,001,610 requests a month.',
    );
    await calc.getByLabel('Duration of each request (ms)').fill('400');
    await expect.poll(() => breakEven(calc)).toBeLessThan(before);
    expect(await calc.locator('svg desc').textContent()).toContain('Break-even:');
    // Choosing a cheaper VM moves the break-even down too, through the select and the keyboard.
    await calc.getByLabel('Virtual machine').focus();
    await calc.getByLabel('Virtual machine').selectOption('t4g.small');
    expect(await calc.getByLabel('VM: price per hour').inputValue()).toBe('0.0168');
    expect(await calc.locator('svg .mark--break-even circle').count()).toBe(1);
    // Without the free tier every request is billed, so FaaS reaches the VM's cost sooner.
    const withFreeTier = await breakEven(calc);
    await calc.getByLabel(/free tier/).uncheck();
    await expect.poll(() => breakEven(calc)).toBeLessThan(withFreeTier);
    await screenshot(page, 'calculator-en');
    await page.context().close();
  });

  it('flags a 20-minute workload as unable to run as FaaS', async () => {
    const page = await openPage(browser(), '/dev/calculator/');
    const calc = page.locator('[data-cost-calculator]').first();
    await expect.poll(() => calc.getAttribute('data-mounted')).toBe('');
    await calc.getByLabel('Duración de cada petición (ms)').fill(String(20 * 60_000));
    await expect.poll(() => calc.getAttribute('data-state')).toBe('cannot-run');
    const limits = calc.locator('[data-part="limits"]');
    expect(await limits.isVisible()).toBe(true);
    expect(await limits.textContent()).toContain('No puede ejecutarse como FaaS');
    expect(await limits.textContent()).toContain('900 s');
    await screenshot(page, 'calculator-es-20-minutes');
    await page.context().close();
  });

  it('marks an invalid field with a bilingual message and keeps the page working', async () => {
    const page = await openPage(browser(), '/dev/calculator/', PHONE);
    const calc = page.locator('[data-cost-calculator]').first();
    await expect.poll(() => calc.getAttribute('data-mounted')).toBe('');
    const memory = calc.getByLabel('Memoria de la función (MB)');
    await memory.fill('-5');
    await expect.poll(() => memory.getAttribute('aria-invalid')).toBe('true');
    expect(await calc.locator('[data-error-for="memoryMb"]').textContent()).toBe(
      'Memoria (MB) no puede ser negativo (-5).',
    );
    expect(await calc.getAttribute('data-state')).toBe('invalid');
    await memory.fill('256');
    await expect.poll(() => memory.getAttribute('aria-invalid')).toBe('false');
    await screenshot(page, 'calculator-phone');
    await page.context().close();
  });

  it('has no serious or critical axe-core violations and no script errors, in both languages', async () => {
    await expectCleanIsland(browser(), ['/dev/calculator/', '/en/dev/calculator/'], '[data-cost-calculator]');
  });
});
