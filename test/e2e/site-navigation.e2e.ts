import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumForTests, openPage, PHONE, siteUrl, pageScriptsRan } from './browser.ts';
import { THEME_INIT_SCRIPT } from '../../src/layouts/theme-init-script.mjs';

/** Scripts a page asks for, by path (the shared site chrome, islands; the theme script is inline). */
async function scriptPaths(page: Page): Promise<string[]> {
  return page.$$eval('script[src]', (scripts) =>
    scripts.map((s) => new URL((s as HTMLScriptElement).src).pathname),
  );
}

describe('site navigation', () => {
  const browser = chromiumForTests();

  it('switching es → en on a lesson keeps the lesson, and back', async () => {
    const page = await openPage(browser(), '/curso/serverless/');
    await page.click('[data-lang-switch]');
    await page.waitForURL(/\/en\/course\/serverless\/$/);
    await pageScriptsRan(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toContain('serverless platform');
    await page.click('[data-lang-switch]');
    await page.waitForURL(/\/curso\/serverless\/$/);
    await pageScriptsRan(page);
    expect(await page.textContent('h1')).toContain('plataforma serverless');
    await page.context().close();
  });

  it('a lesson page has sidebar with the current lesson marked, a TOC and previous/next links', async () => {
    const page = await openPage(browser(), '/en/course/intro/');
    expect(await page.getAttribute('#course-nav a[aria-current="page"]', 'href')).toBe('/en/course/intro/');
    const tocLinks = await page.$$eval('[data-toc] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(tocLinks).toContain('#the-limits-of-faas');
    expect(await page.getAttribute('a[rel="next"]', 'href')).toMatch(/^\/en\/course\/[\w-]+\/$/);
    await page.click('[data-toc] a[href="#the-limits-of-faas"]');
    await page.waitForSelector('[data-toc] a[href="#the-limits-of-faas"][aria-current="location"]');
    await page.context().close();
  });

  it('the course index lists chapters with progress bars, and a lesson marked done fills its chapter bar', async () => {
    const page = await openPage(browser(), '/curso/intro/');
    await page.click('[data-mark-done="intro"]');
    expect(await page.getAttribute('[data-mark-done="intro"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('#course-nav li[data-lesson-done="intro"]', 'class')).toContain('is-done');
    await page.goto(page.url().replace(/curso\/intro\/$/, 'curso/'));
    await pageScriptsRan(page);
    const bar = page.locator('[data-chapter-progress~="intro"] progress');
    expect(await bar.evaluate((el) => (el as HTMLProgressElement).value)).toBe(1);
    expect(await page.textContent('[data-chapter-progress~="intro"] [data-progress-text]')).toMatch(
      /^1 de \d+ completadas$/,
    );
    // "Start the course" became "Continue where you left off", pointing at the next lesson not done.
    expect(await page.textContent('a[data-continue]')).toContain('Seguir donde lo dejaste');
    expect(await page.getAttribute('a[data-continue]', 'href')).not.toBe('/curso/intro/');
    await page.context().close();
  });

  it('at phone width nothing overflows, the lessons menu folds and opens by keyboard', async () => {
    const page = await openPage(browser(), '/curso/serverless/', PHONE);
    for (const path of ['/curso/serverless/', '/en/course/intro/', '/', '/en/course/']) {
      await page.goto(new URL(path, page.url()).toString());
      await pageScriptsRan(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${path}`).toBe(0);
    }
    await page.goto(new URL('/curso/serverless/', page.url()).toString());
    await pageScriptsRan(page);
    expect(await page.isVisible('#course-nav')).toBe(false);
    await page.focus('[data-menu-button]');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#course-nav')).toBe(true);
    await page.focus('#course-nav a');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#course-nav')).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-button'))).toBe(true);
    await page.context().close();
  });

  it('is keyboard navigable with a visible focus: skip link first, then every control in order', async () => {
    const page = await openPage(browser(), '/curso/intro/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    const reached = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'body';
        return el.dataset.markDone !== undefined
          ? 'mark-done'
          : el.matches('[data-theme-toggle]')
            ? 'theme'
            : el.matches('[data-search-open]')
              ? 'search'
              : el.matches('[data-lang-switch]')
                ? 'lang'
                : el.matches('.quiz button')
                  ? 'quiz-check'
                  : el.tagName.toLowerCase();
      });
      reached.add(what);
      if (what === 'mark-done') break;
    }
    expect([...reached]).toEqual(
      expect.arrayContaining(['search', 'theme', 'lang', 'quiz-check', 'mark-done']),
    );
    await page.keyboard.press('Space');
    expect(await page.getAttribute('[data-mark-done]', 'aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('the theme toggle switches to dark and the choice survives a reload without a flash', async () => {
    const page = await openPage(browser(), '/', { colorScheme: 'light' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload({ waitUntil: 'commit' });
    await page.waitForSelector('html[data-theme]', { state: 'attached' });
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.context().close();
  });

  it('a lesson loads only the theme script, the shared site script and the islands it uses, all same-origin', async () => {
    const requested: string[] = [];
    const context = await browser().newContext();
    const page = await context.newPage();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') requested.push(request.url());
    });
    await page.goto(siteUrl('/curso/intro/'), { waitUntil: 'networkidle' });
    const origin = new URL(siteUrl('/')).origin;
    expect(requested.every((url) => url.startsWith(origin))).toBe(true);
    const islands = requested
      .map((url) => new URL(url).pathname)
      .filter((path) => path.includes('.astro_astro_type_script'));
    // The intro lesson's one island is the cost calculator (src/markdown/remark-island-imports.ts).
    expect(islands.map((path) => path.replace(/^\/_astro\/(\w+)\.astro.*$/, '$1')).sort()).toEqual([
      'BaseLayout',
      'CostCalculator',
      'Quiz',
    ]);
    // The theme script is inline (no request of its own) and ran under the CSP, which admits it by hash.
    expect(requested.some((url) => url.includes('theme-init'))).toBe(false);
    expect(
      await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.className]),
    ).toEqual([expect.stringMatching(/^(light|dark)$/), expect.stringContaining('js')]);
    // Search code and Pagefind load only when search opens.
    expect(requested.some((url) => url.includes('pagefind') || url.includes('search-dialog'))).toBe(false);
    // A page without islands (the home) has only the inline theme script and the shared site script.
    await page.goto(siteUrl('/'));
    await pageScriptsRan(page);
    const scripts = await scriptPaths(page);
    expect(scripts.map((s) => s.replace(/^\/_astro\/(\w+)\.astro.*$/, '$1'))).toEqual(['BaseLayout']);
    expect(await page.$$eval('head script:not([src])', (list) => list.map((s) => s.textContent))).toEqual([
      THEME_INIT_SCRIPT,
    ]);
    await context.close();
  });

  it('every lesson ships the Quiz script if and only if it has a quiz (prose pages ship no island JS)', async () => {
    for (const index of ['/curso/', '/en/course/']) {
      const html = await (await fetch(siteUrl(index))).text();
      const lessons = [...html.matchAll(/href="(\/(?:curso|en\/course)\/[\w-]+\/)"/g)].map((m) => m[1] ?? '');
      expect(lessons.length).toBeGreaterThanOrEqual(2);
      for (const path of new Set(lessons)) {
        const page = await (await fetch(siteUrl(path))).text();
        const hasQuiz = page.includes('data-quiz=');
        const shipsQuiz = /<script[^>]+src="[^"]*\/Quiz\.astro[^"]*"/.test(page);
        expect(shipsQuiz, path).toBe(hasQuiz);
        // Its scripts wait for the first paint: the HTML names them, the theme script starts them.
        expect(page, path).not.toContain('<script type="module"');
        // JSON data blocks (an island's props) are not executed, so the CSP has nothing to block there.
        // The one inline script is the theme script, which the CSP admits by its hash.
        const inline =
          page.match(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>[^<]*/g) ?? [];
        expect(inline, `${path} has an inline script`).toEqual([`<script>${THEME_INIT_SCRIPT}`]);
      }
    }
  });
});
