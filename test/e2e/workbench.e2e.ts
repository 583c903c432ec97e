/**
 * The simulator island as a workbench, as a student meets it on a laptop (1280×800) and a phone (390×844),
 * light and dark: the drawing stays in view while a request travels, kubectl is one tap away without
 * scrolling; axe finds nothing serious on any island page, and no lesson is wider than the window at 320
 * and 390 px. The lab's workbench is lab-workbench.e2e.ts. Screenshots land in test-results/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { openPage, PHONE, siteUrl, pageScriptsRan } from './browser.ts';
import {
  inWindow,
  workbenchBrowserForTests,
  scrollTo,
  shareInView,
  SIZES,
  tapVisible,
  THEMES,
} from './workbench-view.ts';

const { browser, open } = workbenchBrowserForTests();

/** The tabs of an island not wholly inside it (and the window), or hidden behind a sideways scroll. */
async function clippedTabs(island: Locator): Promise<string[]> {
  return island.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const list = el.querySelector('.sim-tablist')!;
    const clipped = [...el.querySelectorAll<HTMLElement>('.sim-tab')]
      .filter((tab) => {
        const r = tab.getBoundingClientRect();
        const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.right <= innerWidth + 0.5;
        return !inside || r.width === 0 || tab.scrollWidth > tab.clientWidth + 1;
      })
      .map((tab) => tab.textContent ?? '');
    if (list.scrollWidth > list.clientWidth + 1) clipped.push('(the strip scrolls sideways)');
    return clipped;
  });
}

/** How many rows the island's toolbar takes (its controls are centred on their row). */
async function toolbarRows(island: Locator): Promise<number> {
  return island.evaluate((el) => {
    const centres = [...el.querySelectorAll<HTMLElement>('.sim-toolbar > *')]
      .filter((child) => getComputedStyle(child).position !== 'absolute' && child.offsetWidth > 0)
      .map((child) => {
        const box = child.getBoundingClientRect();
        return box.top + box.height / 2;
      });
    // Centres more than 8 px apart are on different rows.
    centres.sort((a, b) => a - b);
    return centres.filter((centre, i) => i === 0 || centre - centres[i - 1]! > 8).length;
  });
}

/** Whether the header word `column` of the console's output is inside the output's visible box. */
async function lastHeaderColumnInView(island: Locator, column: string): Promise<boolean> {
  return island.evaluate((el, word) => {
    const output = el.querySelector<HTMLElement>('.sim-console-output')!;
    const walker = document.createTreeWalker(output, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(word) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + word.length);
      return range.getBoundingClientRect().right <= output.getBoundingClientRect().right - 1;
    }
    return false;
  }, column);
}

describe('simulator workbench (services lesson)', () => {
  for (const scenario of ['nodeport', 'ingress']) {
    for (const { name, options } of SIZES) {
      for (const theme of THEMES) {
        it(`${scenario}, ${name}, ${theme}: the drawing stays in view while a request travels; kubectl is one tap away`, async () => {
          const page = await open('/en/course/services/', options, theme);
          const island = page.locator(`[data-cluster-sim="${scenario}"]`);
          const started = Date.now();
          await scrollTo(island);
          await page.waitForSelector(`[data-cluster-sim="${scenario}"][data-sim-ready="true"]`, {
            timeout: 20_000,
          });
          const readyMs = Date.now() - started;
          await scrollTo(island);
          // Every control tab is on screen, none cut or behind a sideways scroll.
          expect(await clippedTabs(island)).toEqual([]);
          // Step 1 is not done before the student did anything.
          expect(await island.locator('.sim-step.done').count()).toBe(0);
          expect(await island.locator('[data-sim="paused"]').isVisible()).toBe(true);

          const svg = island.locator('svg.topology');
          await island.locator('[data-sim="send"]').click();
          const shares: number[] = [];
          for (let i = 0; i < 4; i += 1) {
            await page.waitForTimeout(350);
            shares.push(await shareInView(svg));
          }
          expect(await island.locator('.request, .sim-hop').count()).toBeGreaterThan(0);
          expect(
            Math.min(...shares),
            `share of the drawing in view: ${shares.join(', ')}`,
          ).toBeGreaterThanOrEqual(0.8);
          await page.waitForSelector(`[data-cluster-sim="${scenario}"] .sim-outcome:not([hidden])`);
          await page.screenshot({
            path: `test-results/screenshots/workbench-${scenario}-${name}-${theme}.png`,
          });

          // kubectl: from the island's top, one tap on its tab and the command line is on screen.
          await scrollTo(island);
          await page.waitForTimeout(200);
          await tapVisible(page, island.locator('[data-tab="kubectl"]'));
          await page.waitForTimeout(200);
          const input = island.locator('.sim-console-input');
          expect(await inWindow(input), 'kubectl input on screen after one tap').toBe(true);
          await input.fill('get pods');
          await input.press('Enter');
          await expect.poll(() => island.locator('.sim-console-output').textContent()).toMatch(/NAME/);
          if (name === 'desktop') {
            // At 1280 px the console takes the wider column: get pods' last column is in view, no sideways scroll.
            expect(await lastHeaderColumnInView(island, 'AGE'), 'AGE of get pods in view').toBe(true);
            // The toolbar keeps to one row, with kubectl open too.
            expect(await toolbarRows(island)).toBe(1);
          }
          await page.screenshot({
            path: `test-results/screenshots/workbench-${scenario}-${name}-${theme}-kubectl.png`,
          });

          // Full screen, and Esc gives the focus back to the button.
          const focusButton = island.locator('[data-sim="focus"]');
          await focusButton.click();
          expect(await island.evaluate((el) => el.classList.contains('sim-focused'))).toBe(true);
          await page.keyboard.press('Escape');
          expect(await island.evaluate((el) => el.classList.contains('sim-focused'))).toBe(false);
          expect(await focusButton.evaluate((b) => b === document.activeElement)).toBe(true);

          expect(await axeViolations(page, `[data-cluster-sim="${scenario}"]`)).toEqual([]);
          // The YAML editor too (its colours were unreadable in the dark theme once).
          await island.locator('[data-tab="yaml"]').click();
          await island.locator('.cm-editor').waitFor({ timeout: 10_000 });
          expect(await axeViolations(page, `[data-cluster-sim="${scenario}"]`), 'YAML tab').toEqual([]);
          console.log(`workbench ${scenario} ${name} ${theme}: scroll-into-view → ready ${readyMs} ms`);
          await page.context().close();
        });
      }
    }
  }
});

describe('simulator tabs all visible', () => {
  for (const width of [1024, 1280]) {
    for (const path of ['/en/course/services/', '/curso/services/']) {
      it(`${path} at ${width}×800, in the page and in full screen`, async () => {
        const page = await open(path, { viewport: { width, height: 800 } }, 'light');
        const island = page.locator('[data-cluster-sim="nodeport"]');
        await scrollTo(island);
        await page.waitForSelector('[data-cluster-sim="nodeport"][data-sim-ready="true"]', {
          timeout: 20_000,
        });
        expect(await clippedTabs(island), 'in the page').toEqual([]);
        await island.locator('[data-sim="focus"]').click();
        expect(await clippedTabs(island), 'in full screen').toEqual([]);
        await page.context().close();
      });
    }
  }
});

describe('axe on every island page, both themes, both widths', () => {
  // Every lesson with an island (course-islands.e2e.ts lists them), in one language or the other.
  const pages = [
    '/en/course/intro/',
    '/en/course/serverless/',
    '/en/course/faas/',
    '/en/course/openfaas/',
    '/curso/kubernetes/',
    '/en/course/services/',
    '/curso/k3s/',
    '/en/course/compose-to-kubernetes/',
    '/en/course/openfaas-on-kubernetes/',
    '/curso/capstone/',
  ];
  for (const path of pages) {
    for (const { name, options } of SIZES) {
      it(`${path} ${name}`, async () => {
        for (const theme of THEMES) {
          const page = await open(path, options, theme);
          // Mount every island: scroll each into view.
          for (const island of await page
            .locator(
              '[data-cluster-sim], [data-openfaas-load], section[data-lab-id], [data-cost-calculator], [data-compose-converter], [data-serverless-architecture]',
            )
            .all()) {
            await island.scrollIntoViewIfNeeded();
            await page.waitForTimeout(400);
          }
          expect(await axeViolations(page), `${path} ${name} ${theme}`).toEqual([]);
          await page.context().close();
        }
      });
    }
  }
});

describe('load generator', () => {
  it('keeps Run load disabled until ready, refuses a negative rate at its field, and reads axes in ms and US$', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(siteUrl('/en/dev/openfaas/'));
    // Before (here: without) the island's script, the button cannot submit the form natively.
    expect(await still.locator('[data-openfaas-load] [data-part="run"]').isDisabled()).toBe(true);
    await context.close();

    const page = await openPage(browser(), '/en/dev/openfaas/');
    const load = page.locator('[data-openfaas-load]');
    await load.scrollIntoViewIfNeeded();
    await expect.poll(() => load.getAttribute('data-state'), { timeout: 20_000 }).toBe('ready');
    const rate = load.locator('input[name="rps"]');
    await rate.fill('-5');
    await load.locator('[data-part="run"]').click();
    expect(await rate.getAttribute('aria-invalid')).toBe('true');
    expect(await load.locator('[data-part="field-error"]').textContent()).toMatch(/from 0 to 2000/);
    expect(await load.getAttribute('data-state')).toBe('ready');
    const ticks = (await load.locator('.tick text').allTextContents()).join(' ');
    expect(ticks).not.toMatch(/\d[np]\b|e-\d/);
    expect(ticks).toMatch(/ms/);
    await page.context().close();
  });
});

describe('course index progress', () => {
  it('counts lessons, answered quizzes and passed labs, and a chapter bar moves with one quiz', async () => {
    const page = await openPage(browser(), '/en/course/intro/');
    const quiz = page.locator('section[data-quiz]').first();
    await quiz.locator('input[type="radio"]').first().check();
    await quiz.locator('button[type="submit"]').click();
    await page.goto(new URL('/en/course/', page.url()).toString());
    await pageScriptsRan(page);
    const overall = page.locator('[data-course-progress]');
    await expect
      .poll(() => overall.textContent())
      .toMatch(/^0 of 10 lessons done · 0 of \d+ labs passed · 1 of \d+ quizzes answered$/);
    const bar = page.locator('[data-chapter-progress~="intro"] progress');
    expect(await bar.evaluate((el) => (el as HTMLProgressElement).value)).toBe(1);
    expect(await bar.evaluate((el) => (el as HTMLProgressElement).max)).toBeGreaterThan(1);
    // One-lesson chapters say "1 lesson", not "1 lessons".
    expect(await page.locator('.progress-text').allTextContents()).not.toContain('1 lessons');
    await page.context().close();
  });
});

describe('no lesson wider than the window on a phone', () => {
  const lessons = [
    ...['intro', 'serverless', 'faas', 'openfaas', 'kubernetes', 'services', 'k3s'].map(
      (s) => `/en/course/${s}/`,
    ),
    ...['compose-to-kubernetes', 'openfaas-on-kubernetes', 'capstone'].map((s) => `/en/course/${s}/`),
    '/curso/k3s/',
    '/curso/openfaas-on-kubernetes/',
    // The lab's tab strip and the simulator's tabs with the longer Spanish labels.
    '/curso/openfaas/',
    '/curso/services/',
    '/curso/capstone/',
  ];
  for (const width of [320, 390]) {
    it(`${width} px`, async () => {
      const page = await openPage(browser(), '/', { ...PHONE, viewport: { width, height: 800 } });
      for (const path of lessons) {
        await page.goto(new URL(path, page.url()).toString());
        await pageScriptsRan(page);
        await page.waitForTimeout(300);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `horizontal overflow on ${path} at ${width} px`).toBe(0);
      }
      // The architecture diagram's smallest text stays at 10 px or more on screen (it scrolls sideways instead).
      await page.goto(new URL('/en/course/openfaas/', page.url()).toString());
      await pageScriptsRan(page);
      const smallest = await page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('.serverless-arch svg');
        if (!svg) return 0;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(
          ...Array.from(svg.querySelectorAll('text')).map(
            (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
          ),
        );
      });
      expect(smallest).toBeGreaterThanOrEqual(10);
      await page.context().close();
    });
  }
});
