/**
 * The simulator island beyond flaskapp: the course's other scenarios on their demo pages (NodePort through
 * the second node with the step saved in progress, Ingress by path and host, node failure with
 * rescheduling, 50 nodes), keyboard use, prefers-reduced-motion, the no-JS fallback, lazy loading and
 * English. Screenshots are saved for a person to look at.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { chromiumForTests, openPage, PHONE, screenshot } from './browser.ts';
import { createSimulation } from '../../simulator/index.ts';
import { openApiV3Group } from '../../simulator/apiserver/index.ts';
import { readOpenApiFrom, runKubectl } from '../../simulator/kubectl/index.ts';

async function openScenario(
  id: string,
  options: BrowserContextOptions = {},
  path = `/dev/simulator/${id}/`,
): Promise<Page> {
  const page = await openPage(browser(), path, options);
  await page.locator('[data-cluster-sim]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-cluster-sim][data-sim-ready="true"]', { timeout: 30_000 });
  return page;
}

async function send(page: Page, preset: number): Promise<string> {
  await page.click('[data-tab="send"]');
  await page.selectOption('[data-sim="preset"]', String(preset));
  await page.click('[data-sim="send"]');
  await page.waitForSelector('.sim-outcome:not([hidden])', { timeout: 15_000 });
  return (await page.locator('.sim-outcome').textContent()) ?? '';
}

const browser = chromiumForTests();

describe('simulator scenarios', () => {
  it('NodePort: reaching 30036 through agent-1 completes the guided step and saves it in progress', async () => {
    const page = await openScenario('nodeport');
    expect(await send(page, 1)).toMatch(/200/);
    const kinds = await page
      .locator('.sim-hop')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
    expect(kinds.slice(0, 4)).toEqual(['client', 'node-port', 'kube-proxy', 'service']);
    expect(await page.locator('.sim-hop').nth(1).textContent()).toContain('agent-1:30036');
    await page.waitForSelector('.sim-step[data-step="second-node"].done', { state: 'attached' });
    const saved = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.includes('sim/nodeport/second-node')),
    );
    expect(saved.length).toBe(1);
    await screenshot(page, 'simulator-nodeport');

    // Scale, then a rolling update watched with the clock, then kubectl with its history.
    await page.click('[data-tab="operations"]');
    await page.selectOption('[data-sim="deployment"]', 'default/my-app');
    await page.fill('[data-sim="replicas"]', '3');
    await page.click('[data-sim="scale"]');
    await page.fill('[data-sim="image"]', 'nginx:1.28');
    await page.click('[data-sim="set-image"]');
    await page.selectOption('[data-sim="speed"]', '10');
    await page.click('[data-sim="play"]');
    await page.waitForSelector('.sim-step[data-step="rolling-update"].done', {
      state: 'attached',
      timeout: 30_000,
    });
    await page.click('[data-sim="play"]');
    await page.click('[data-tab="kubectl"]');
    await page.fill('.sim-console-input', 'get deployments');
    await page.press('.sim-console-input', 'Enter');
    await expect.poll(() => page.locator('.sim-console-output').textContent()).toMatch(/my-app\s+3\/3/);
    await page.press('.sim-console-input', 'ArrowUp');
    expect(await page.inputValue('.sim-console-input')).toBe('get deployments');
    await page.context().close();
  });

  it('Ingress: lab.local/api goes to api, other.local to web', async () => {
    // Reduced motion: the answers matter here, not the animation (tested on flaskapp).
    const page = await openScenario('ingress', { reducedMotion: 'reduce' });
    await send(page, 0);
    expect(await page.locator('.sim-hop[data-kind="service"]').last().textContent()).toContain('default/api');
    await send(page, 2);
    expect(await page.locator('.sim-hop[data-kind="service"]').last().textContent()).toContain('default/web');
    await page.waitForSelector('.sim-step[data-step="by-host"].done', { state: 'attached' });
    // lab.local/apiv2: Traefik's text prefix picks api; the spec's per-element prefix picks web.
    await send(page, 1);
    expect(await page.locator('.sim-hop[data-kind="service"]').last().textContent()).toContain('default/api');
    await page.click('[data-tab="operations"]');
    await page.selectOption('[data-sim="ingress-mode"]', 'conformant');
    await send(page, 1);
    expect(await page.locator('.sim-hop[data-kind="service"]').last().textContent()).toContain('default/web');
    await page.waitForSelector('.sim-step[data-step="prefix-modes"].done', { state: 'attached' });
    await screenshot(page, 'simulator-ingress');
    await page.context().close();
  });

  it('node failure: pods leave agent-1 and the Deployment is whole again elsewhere', async () => {
    const page = await openScenario('node-failure');
    await page.click('[data-tab="operations"]');
    await page.selectOption('[data-sim="node"]', 'agent-1');
    await page.click('[data-sim="fail-node"]');
    // The node controller needs simulated time: NotReady after the grace period, eviction minutes later.
    await page.selectOption('[data-sim="speed"]', '60');
    await page.click('[data-sim="play"]');
    await page.waitForSelector('.topology .node.not-ready', { timeout: 20_000 });
    await page.waitForSelector('.sim-step[data-step="rescheduled"].done', {
      state: 'attached',
      timeout: 40_000,
    });
    await page.click('[data-sim="play"]');
    expect(await page.locator('.sim-step[data-step="recover"].done').count()).toBe(0);
    expect(await page.locator('.sim-time').textContent()).not.toBe('0:00');
    await screenshot(page, 'simulator-node-failure');
    await page.context().close();
  });

  it('works from the keyboard and without motion when the student prefers reduced motion', async () => {
    const page = await openScenario('loadbalancer', { reducedMotion: 'reduce' });
    await page.focus('[data-sim="preset"]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-sim'))).toBe('send');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.sim-outcome:not([hidden])');
    expect(await page.locator('.topology .flights circle').count()).toBe(0);
    expect(await page.locator('.sim-hop[hidden]').count()).toBe(0);
    expect(await page.locator('[data-sim-live]').textContent()).toMatch(/200/);
    await page.context().close();
  });

  it('reads as the scenario and its manifests without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/dev/simulator/nodeport/', process.env.SITE_URL).toString());
    expect(await page.locator('.sim-title').textContent()).toContain('30036');
    expect(await page.locator('.sim-fallback details').count()).toBe(2);
    expect(await page.locator('.sim-fallback pre').first().textContent()).toContain('kind: Deployment');
    await context.close();
  });

  it('loads no simulator code on a lesson page without a simulator, and draws 50 nodes when asked', async () => {
    const lesson = await openPage(browser(), '/curso/faas/');
    const scripts = await lesson.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /mount-simulator|ClusterSimulator/.test(n)),
    );
    expect(scripts).toEqual([]);
    await lesson.context().close();
    const page = await openScenario('bench-50-nodes');
    expect(await page.locator('.topology .node').count()).toBe(50);
    expect(await page.locator('.topology .pod').count()).toBeGreaterThanOrEqual(500);
    await screenshot(page, 'simulator-50-nodes');
    await page.context().close();
  });

  it('speaks English on the English page and fits a phone', async () => {
    const page = await openScenario('flaskapp', PHONE, '/en/dev/simulator/');
    expect(await page.locator('[data-sim="send"]').textContent()).toBe('Send');
    // The course file is refused until the student migrates its Ingress: Traefik has no route yet.
    expect(await send(page, 0)).toMatch(/Answered 404/);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'simulator-en-phone');
    await page.context().close();
  });
  it('the 5,000-node envelope starts when asked, not as the lesson scrolls past it, and draws node groups', async () => {
    const page = await openPage(browser(), '/en/course/k3s/', { viewport: { width: 1280, height: 900 } });
    const island = page.locator('[data-cluster-sim="k3s-envelope"]');
    await island.scrollIntoViewIfNeeded();
    await page.waitForTimeout(1500);
    expect(await island.getAttribute('data-sim-state'), 'not mounted by scrolling').toBeNull();
    const start = island.locator('.sim-start');
    expect(await start.textContent()).toContain('5,000');
    await start.click();
    await page.waitForSelector('[data-cluster-sim="k3s-envelope"][data-sim-ready="true"]', {
      timeout: 120_000,
    });
    const boxes = await island.locator('.topology .node').count();
    expect(boxes).toBeGreaterThan(0);
    expect(boxes).toBeLessThanOrEqual(40);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cluster-sim'))).toBe(
      'k3s-envelope',
    );
    await page.context().close();
  });
  it("the console's own messages follow the page's language (kubectl's output stays English)", async () => {
    for (const [path, words] of [
      ['/dev/simulator/nodeport/', 'error: esta consola no ejecuta «kubectl port-forward»'],
      ['/en/dev/simulator/', 'error: this console does not run “kubectl port-forward”'],
    ] as const) {
      const page = await openScenario('', {}, path);
      await page.click('[data-tab="kubectl"]');
      await page.fill('.sim-console-input', 'port-forward svc/web 8080:80');
      await page.press('.sim-console-input', 'Enter');
      await expect.poll(() => page.locator('.sim-console-error').last().textContent()).toContain(words);
      await page.fill('.sim-console-input', 'get nopes');
      await page.press('.sim-console-input', 'Enter');
      await expect
        .poll(() => page.locator('.sim-console-error').last().textContent())
        .toBe('error: the server doesn\'t have a resource type "nopes"\n');
      await page.context().close();
    }
  });
  it('kubectl explain in the page prints what the console prints with the served OpenAPI documents', async () => {
    const line = 'explain deployment.spec.replicas';
    const reference = createSimulation({ seed: 1 });
    readOpenApiFrom(reference, openApiV3Group);
    const expected = runKubectl(reference, line);
    expect(expected.stdout).toContain('FIELD: replicas <integer>');
    const page = await openScenario('nodeport');
    await page.click('[data-tab="kubectl"]');
    await page.fill('.sim-console-input', line);
    await page.press('.sim-console-input', 'Enter');
    await expect.poll(() => page.locator('.sim-console-output').textContent()).toContain('FIELD:');
    const output = (await page.locator('.sim-console-output').textContent()) ?? '';
    expect(output.slice(output.indexOf(`$ kubectl ${line}\n`))).toBe(`$ kubectl ${line}\n${expected.stdout}`);
    await page.context().close();
  });
});
