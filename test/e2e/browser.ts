/**
 * Launches Debian's Chromium through playwright-core with the flags this machine needs, and gives
 * tests the served site's URL and a place for screenshots.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The flags that keep Chromium from reaching out to the network at start (there is none here). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium from CHROMIUM_PATH, else /usr/bin/chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * Chromium for the tests of one file (or describe block): launched before them, closed after.
 * Returns the way to reach it from inside a test.
 */
export function chromiumForTests(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is reached only inside the tests (after beforeAll)');
    return browser;
  };
}

/**
 * A harness page (/dev/…-harness/) for the tests of one file: Chromium and the page open before them and
 * close after; `errors` collects the page's script errors, its console errors (but those `ignoredConsole`
 * matches) and, with `report404`, the URLs that answered 404 (the browser's own favicon probe aside).
 */
export function harnessPageForTests(
  path: string,
  options: { ignoredConsole?: RegExp; report404?: boolean } = {},
): { page: () => Page; errors: string[] } {
  const browser = chromiumForTests();
  const errors: string[] = [];
  let page: Page | undefined;
  beforeAll(async () => {
    const opened = await openPage(browser(), path);
    opened.on('pageerror', (error) => errors.push(String(error)));
    opened.on(
      'console',
      (message) =>
        message.type() === 'error' &&
        !options.ignoredConsole?.test(message.text()) &&
        errors.push(message.text()),
    );
    if (options.report404)
      opened.on(
        'response',
        (response) =>
          response.status() === 404 &&
          !response.url().endsWith('/favicon.ico') &&
          errors.push(`404 ${response.url()}`),
      );
    await opened.waitForSelector('body[data-harness="ready"]');
    page = opened;
  });
  return {
    page: () => {
      if (!page) throw new Error('The harness page is reached only inside the tests');
      return page;
    },
    errors,
  };
}

/** The base URL of the site under test, set by global-setup.ts. */
export function siteUrl(path = '/'): string {
  const base = process.env.SITE_URL;
  if (!base) throw new Error('SITE_URL is not set: run the browser tests with vitest.e2e.config.ts');
  return new URL(path, base).toString();
}

/** Opens a new page in a fresh context (empty localStorage). */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(siteUrl(path));
  await pageScriptsRan(page);
  return page;
}

/**
 * Waits until the page's own scripts (the shared chrome, the islands' loaders) have run. A course page
 * starts them after its first paint, which may come after the `load` event, and then marks
 * `html[data-scripts]` (`ready`, or `failed` when one failed to load: src/layouts/theme-init-script.mjs); a
 * page without the theme script (the /dev demo pages, where `html` has no `js` class) runs them before `load`.
 */
export async function pageScriptsRan(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.documentElement.classList.contains('js') ||
      document.documentElement.dataset.scripts !== undefined,
  );
}

/** Saves a full-page screenshot under test-results/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('test-results/screenshots', { recursive: true });
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Phone viewport (a common 390 × 844 phone). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/**
 * Holds back the page's request for a script matching `pattern` (an island's lazily loaded chunk) until
 * `release()`: `requested` resolves once the page has asked for it. The first-paint tests measure an island
 * before and after it mounts this way, whatever the machine's speed.
 */
export function holdScript(page: Page, pattern: RegExp): { requested: Promise<void>; release(): void } {
  let release = (): void => {};
  const requested = new Promise<void>((resolve) => {
    void page.route(pattern, async (route) => {
      await new Promise<void>((go) => {
        release = go;
        resolve();
      });
      await route.continue();
    });
  });
  return { requested, release: () => release() };
}
