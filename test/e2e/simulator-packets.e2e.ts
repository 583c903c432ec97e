/**
 * The packet card and kube-proxy's rules in the simulator island (flaskapp scenario, Chromium): after a
 * request the card shows the reply that conntrack translated back, and the iptables panel marks the
 * rules the request followed, its DNAT among them.
 */
import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage } from './browser.ts';
import { migrateAndApply } from './flaskapp-migration.ts';

const ISLAND = '[data-cluster-sim="flaskapp"]';
const browser = chromiumForTests();

describe('packets in the simulator island', () => {
  it('shows the packet at the last hop and highlights the nat rules the request followed', async () => {
    const page = await openPage(browser(), '/dev/simulator/');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.locator(ISLAND).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${ISLAND}[data-sim-ready="true"]`, { timeout: 20_000 });
    await migrateAndApply(page, ISLAND);
    await page.click(`${ISLAND} [data-tab="send"]`);
    await page.selectOption(`${ISLAND} [data-sim="preset"]`, '0');
    await page.click(`${ISLAND} [data-sim="send"]`);
    await page.waitForSelector(`${ISLAND} .sim-outcome:not([hidden])`, { timeout: 15_000 });
    const card = page.locator(`${ISLAND} .sim-packet`);
    await expect
      .poll(() => card.locator('[data-rewrite]').getAttribute('data-rewrite'))
      .toBe('conntrack-reverse');
    expect(await card.locator('dd code').allTextContents()).toHaveLength(2);
    // The rules live in the workbench's iptables tab, folded until asked for (the text is long).
    await page.click(`${ISLAND} [data-tab="iptables"]`);
    if (!(await page.locator(`${ISLAND} .sim-iptables`).evaluate((d) => (d as HTMLDetailsElement).open)))
      await page.click(`${ISLAND} .sim-iptables summary`);
    // The panel renders its rules (and the node menu) when it opens.
    await page.waitForSelector(`${ISLAND} .sim-iptables select option`, { state: 'attached' });
    // The request entered through the node in its URL; pick that node and look for the marked DNAT.
    const entry = await page.locator(`${ISLAND} .sim-hop[data-kind="load-balancer"] code`).textContent();
    const ip = (entry ?? '').split(':')[0]!;
    const value = await page
      .locator(`${ISLAND} .sim-iptables select option`)
      .evaluateAll(
        (options, want) => options.find((o) => o.textContent?.includes(`(${want})`))?.getAttribute('value'),
        ip,
      );
    await page.selectOption(`${ISLAND} .sim-iptables select`, value ?? '');
    const marked = await page.locator(`${ISLAND} .sim-iptables mark`).allTextContents();
    expect(marked.length).toBeGreaterThan(3);
    expect(marked.some((line) => /-j DNAT --to-destination 10\.42\./.test(line))).toBe(true);
    expect(marked.some((line) => line.startsWith('-A KUBE-SVC-'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
