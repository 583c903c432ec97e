/**
 * What the workbench browser tests measure of a page as a student sees it: the window sizes and themes,
 * how much of an element is on screen below the site header, and a tap where an element shows.
 */
import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { chromiumForTests, openPage, PHONE } from './browser.ts';

/** A laptop's window. */
export const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;
/** The laptop and the phone (390×844) the workbenches are tried at. */
export const SIZES = [
  { name: 'desktop', options: DESKTOP },
  { name: 'phone', options: PHONE },
] as const;
/** Both colour schemes. */
export const THEMES = ['light', 'dark'] as const;

/**
 * Chromium for the tests of one file, and `open(path, options, theme)`: the page in a new context at
 * `options`, in `theme`, with the page's scripts run.
 */
export function workbenchBrowserForTests(): {
  browser: () => Browser;
  open: (path: string, options: BrowserContextOptions, theme: 'light' | 'dark') => Promise<Page>;
} {
  const browser = chromiumForTests();
  return {
    browser,
    // bypassCSP: axe is injected by the test, and the site's CSP rightly refuses it.
    open: (path, options, theme) =>
      openPage(browser(), path, { ...options, colorScheme: theme, bypassCSP: true }),
  };
}

/** The share of `target`'s height inside the window below the site header (0…1). */
export async function shareInView(target: Locator): Promise<number> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const visible = Math.min(box.bottom, innerHeight) - Math.max(box.top, Math.max(0, header));
    return Math.max(0, visible) / box.height;
  });
}

/** Scrolls an island's top to the top of the window, as a student scrolling down to it would. */
export async function scrollTo(island: Locator): Promise<void> {
  await island.evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** Whether `target` is wholly on screen below the site header. */
export async function inWindow(target: Locator): Promise<boolean> {
  return (await shareInView(target)) > 0.99;
}

/** Clicks where `target` is on screen (no scrolling on the test's part: the target must be visible). */
export async function tapVisible(page: Page, target: Locator): Promise<void> {
  expect(await inWindow(target), 'the control is on screen without scrolling').toBe(true);
  const box = (await target.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
