/**
 * Lesson 6 (Services) walked as a student would, in Chromium on the built site: read down the page,
 * run the NodePort scenario and pass its guided task with the island's own controls (kubectl console,
 * YAML pane, send-request form), answer a quiz, mark the lesson done and find it ticked in the sidebar
 * and on the course index. No console error may appear on the way.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage, screenshot, pageScriptsRan } from './browser.ts';

const ISLAND = '[data-cluster-sim="nodeport"]';

/** Collects console errors and uncaught exceptions from the moment it is called. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/** Types one command into the island's kubectl console and returns the console's whole output. */
async function kubectl(page: Page, command: string): Promise<string> {
  const before = (await page.locator(`${ISLAND} .sim-console-output`).textContent()) ?? '';
  await page.click(`${ISLAND} [data-tab="kubectl"]`);
  await page.fill(`${ISLAND} .sim-console-input`, command);
  await page.press(`${ISLAND} .sim-console-input`, 'Enter');
  await page.waitForFunction(
    ([selector, length]) =>
      (document.querySelector(selector as string)?.textContent?.length ?? 0) > (length as number),
    [`${ISLAND} .sim-console-output`, before.length] as const,
  );
  return (await page.locator(`${ISLAND} .sim-console-output`).textContent()) ?? '';
}

const browser = chromiumForTests();

describe('a student walks lesson 6 (Services)', () => {
  it('reads, passes the NodePort task through the second node, answers a quiz and marks the lesson done', async () => {
    const page = await openPage(browser(), '/curso/services/', { viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);

    // Read: scroll down the lesson a screen at a time until the NodePort section.
    const sectionTop = await page
      .locator('h2', { hasText: 'NodePort' })
      .first()
      .evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
    for (let y = 0; y < sectionTop; y += 800) await page.mouse.wheel(0, 800);
    await page.waitForFunction((top) => window.scrollY >= top - 900, sectionTop);

    // The island mounts when it comes near the viewport.
    await page.locator(ISLAND).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${ISLAND}[data-sim-ready="true"]`, { timeout: 30_000 });
    expect(await page.locator(`${ISLAND} .sim-step`).count()).toBeGreaterThanOrEqual(2);

    // Step 1, with the console: the Service exposes 30036 on the nodes; find where the Pod landed.
    expect(await kubectl(page, 'get svc my-nodeport-service')).toMatch(/80:30036\/TCP/);
    await page.waitForSelector(`${ISLAND} .sim-step[data-step="exposed"].done`, { state: 'attached' });
    const pods = await kubectl(page, 'get pods -o wide');
    const podNode = /my-app-\S+\s+1\/1\s+Running\s+\d+\s+\S+\s+\S+\s+(\S+)/.exec(pods)?.[1];
    expect(podNode, pods).toBeDefined();
    expect(podNode).not.toBe('agent-1');
    expect(await page.locator(`${ISLAND} .sim-step[data-step="second-node"].done`).count()).toBe(0);

    // Step 2, with the request form: type the second node's address by hand.
    await page.click(`${ISLAND} [data-tab="send"]`);
    await page.fill(`${ISLAND} [data-sim="url"]`, 'http://192.168.1.11:30036/');
    await page.click(`${ISLAND} [data-sim="send"]`);
    await page.waitForSelector(`${ISLAND} .sim-outcome:not([hidden])`, { timeout: 15_000 });
    expect(await page.locator(`${ISLAND} .sim-outcome`).textContent()).toMatch(/200/);
    const hops = page.locator(`${ISLAND} .sim-hop`);
    expect(await hops.nth(1).textContent()).toContain('agent-1:30036');
    expect(await hops.evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))).toContain('pod');
    await page.waitForSelector(`${ISLAND} .sim-step[data-step="second-node"].done`, { state: 'attached' });

    // The lesson's last ask: nodePort 80 in the YAML pane is refused with the API server's message.
    await page.click(`${ISLAND} [data-tab="yaml"]`);
    await page.waitForSelector(`${ISLAND} .cm-content`, { timeout: 20_000 });
    await page.locator(`${ISLAND} .cm-content`).click();
    await page.locator(`${ISLAND} .cm-line`, { hasText: 'nodePort: 30036' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('    nodePort: 80');
    await page.waitForSelector(`${ISLAND} .cm-lintRange-error`, { timeout: 10_000 });
    await page.click(`${ISLAND} .sim-yaml button.button:not(.ghost)`);
    expect(await page.locator(`${ISLAND} .sim-yaml-status`).textContent()).toMatch(/30000/);
    await screenshot(page, 'course-walkthrough-nodeport');

    // A quiz right below the island.
    const quiz = page.locator('section[data-quiz="services-nodeport-range"]');
    await quiz.scrollIntoViewIfNeeded();
    await quiz.locator('input[value="1"]').check();
    await quiz.locator('button[type=submit]').click();
    expect(await quiz.locator('.quiz-feedback').textContent()).toBe('¡Correcto!');

    // Mark as done at the end of the lesson; the sidebar ticks it at once.
    const done = page.locator('[data-mark-done="services"]');
    await done.scrollIntoViewIfNeeded();
    await done.click();
    expect(await done.getAttribute('aria-pressed')).toBe('true');
    await page.waitForSelector('#course-nav li[data-lesson-done="services"].is-done');

    // The course index remembers it.
    await page.goto(new URL('/curso/', process.env.SITE_URL).toString());
    await pageScriptsRan(page);
    await page.waitForSelector('li[data-lesson-done="services"].is-done');
    expect(await page.locator('li[data-lesson-done="kubernetes"].is-done').count()).toBe(0);
    await screenshot(page, 'course-walkthrough-index');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
