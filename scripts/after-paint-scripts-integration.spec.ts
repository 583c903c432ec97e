import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { afterPaintScripts, deferScriptsPastPaint } from './after-paint-scripts-integration.mjs';
import { AFTER_PAINT_TYPE, THEME_INIT_SCRIPT } from '../src/layouts/theme-init-script.mjs';

// Issue 20: a course page's scripts wait for its first paint; the theme script starts them.
const THEME = `<script>${THEME_INIT_SCRIPT}</script>`;
const chrome =
  '<script type="module" src="/_astro/BaseLayout.astro_astro_type_script_index_0_lang.A1.js"></script>';
const quiz = '<script type="module" src="/_astro/Quiz.astro_astro_type_script_index_0_lang.B2.js"></script>';
const data = '<script type="application/json" class="sim-data">{"a":1}</script>';

describe('deferScriptsPastPaint', () => {
  it('turns every module script of a course page into a placeholder the theme script starts, in order', () => {
    const page = `<head>${THEME}</head><body><p>x</p>${quiz}${data}<p>y</p>${chrome}</body>`;
    expect(deferScriptsPastPaint(page)).toBe(
      `<head>${THEME}</head><body><p>x</p>` +
        `<script type="${AFTER_PAINT_TYPE}" data-src="/_astro/Quiz.astro_astro_type_script_index_0_lang.B2.js"></script>` +
        `${data}<p>y</p>` +
        `<script type="${AFTER_PAINT_TYPE}" data-src="/_astro/BaseLayout.astro_astro_type_script_index_0_lang.A1.js"></script>` +
        '</body>',
    );
  });

  it('leaves a page without the theme script (a /dev demo page) as it is: nothing there would start them', () => {
    const page = `<head></head><body>${quiz}${chrome}</body>`;
    expect(deferScriptsPastPaint(page)).toBe(page);
  });

  it('the theme script finds the placeholders by the same type, and holds no `<` (it must not end early)', () => {
    expect(THEME_INIT_SCRIPT).toContain(`script[type="${AFTER_PAINT_TYPE}"]`);
    expect(THEME_INIT_SCRIPT).not.toContain('<');
  });
});

describe('the integration', () => {
  it('rewrites every built page under the output folder, at any depth', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dist-'));
    mkdirSync(join(dir, 'en', 'course', 'pods'), { recursive: true });
    const page = `<head>${THEME}</head><body>${chrome}</body>`;
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'en', 'course', 'pods', 'index.html'), page);
    writeFileSync(join(dir, 'note.txt'), page);
    const hook = afterPaintScripts().hooks['astro:build:done'] as (options: { dir: URL }) => Promise<void>;
    await hook({ dir: pathToFileURL(dir + '/') });
    for (const file of ['index.html', 'en/course/pods/index.html']) {
      const html = readFileSync(join(dir, file), 'utf8');
      expect(html).not.toContain('type="module"');
      expect(html).toContain(`type="${AFTER_PAINT_TYPE}" data-src="/_astro/BaseLayout`);
    }
    expect(readFileSync(join(dir, 'note.txt'), 'utf8')).toBe(page);
  });
});
