import { describe, expect, it } from 'vitest';
import { chromiumForTests, openPage, PHONE, screenshot, pageScriptsRan } from './browser.ts';

const DESKTOP = { viewport: { width: 1366, height: 900 } } as const;
const PAGES = { es: '/curso/serverless/', en: '/en/course/serverless/' } as const;

describe('site screenshots (test-results/screenshots/)', () => {
  const browser = chromiumForTests();

  for (const lang of ['es', 'en'] as const) {
    for (const device of ['desktop', 'phone'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`lesson ${lang} ${device} ${theme}`, async () => {
          const options = { ...(device === 'phone' ? PHONE : DESKTOP), colorScheme: theme };
          const page = await openPage(browser(), PAGES[lang], options);
          expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
          expect(await page.getAttribute('html', 'lang')).toBe(lang);
          // What the pictures are for: the page reads in its theme and fits the device without sideways scroll.
          const look = await page.evaluate(() => {
            const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(
              Number,
            );
            return {
              luminance: (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255,
              overflow: document.documentElement.scrollWidth - window.innerWidth,
            };
          });
          if (theme === 'dark') expect(look.luminance).toBeLessThan(0.3);
          else expect(look.luminance).toBeGreaterThan(0.7);
          expect(look.overflow).toBeLessThanOrEqual(0);
          await screenshot(page, `lesson-${lang}-${device}-${theme}`);
          await page.context().close();
        });
      }
    }
  }

  it('home and course index, desktop light (the README picture comes from here)', async () => {
    const page = await openPage(browser(), '/', { ...DESKTOP, colorScheme: 'light' });
    await page.screenshot({ path: 'test-results/screenshots/home-es-desktop-light.png' });
    await page.goto(page.url() + 'en/course/');
    await pageScriptsRan(page);
    await screenshot(page, 'course-en-desktop-light');
    await page.context().close();
  });
});
