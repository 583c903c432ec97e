// Astro integration: after the build, every page that carries the theme script (BaseLayout's pages) has its
// module scripts (`<script type="module" src="/_astro/…">`, the shared chrome and each island's loader)
// written as `<script type="faaslab/after-paint" data-src="/_astro/…">`, which a browser neither fetches
// nor runs; the theme script starts them once the first frame is painted (src/layouts/theme-init-script.mjs).
// Astro has no hook to render its scripts another way, so the built HTML is rewritten. Pages without the
// theme script (the /dev demo pages) keep their scripts as they are: nothing there would start them.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AFTER_PAINT_TYPE, THEME_INIT_SCRIPT } from '../src/layouts/theme-init-script.mjs';

const MODULE_SCRIPT = /<script type="module" src="([^"<>]+)"><\/script>/g;

/**
 * The page with its external module scripts made to wait for the first paint, or the page unchanged when
 * it has no theme script to start them.
 * @param {string} html
 * @returns {string}
 */
export function deferScriptsPastPaint(html) {
  if (!html.includes(`<script>${THEME_INIT_SCRIPT}</script>`)) return html;
  return html.replace(
    MODULE_SCRIPT,
    (_, src) => `<script type="${AFTER_PAINT_TYPE}" data-src="${src}"></script>`,
  );
}

/** Every .html file under `dir`. @param {string} dir @returns {Promise<string[]>} */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** @returns {import('astro').AstroIntegration} */
export function afterPaintScripts() {
  return {
    name: 'faaslab:after-paint-scripts',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const out = deferScriptsPastPaint(html);
          if (out !== html) await writeFile(file, out);
        }
      },
    },
  };
}
