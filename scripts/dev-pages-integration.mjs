// Astro integration: the developer demo pages (/dev/…, /en/dev/…, with window.faaslabHarness) are
// for the browser tests, not for students. A production build removes them from dist/; the e2e build
// keeps them by setting FAASLAB_DEV_PAGES=1 (npm run build:e2e). They are never in the search index
// (no data-pagefind-body), and a build without them has no route that links to them.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** True when this build keeps the /dev pages (FAASLAB_DEV_PAGES=1). */
export function devPagesEnabled(env = process.env) {
  return env.FAASLAB_DEV_PAGES === '1';
}

/** True for the path of a developer demo page (`dev/…` or `en/dev/…`, as Astro names built pages). */
export function isDevPage(pathname) {
  return /^\/?(en\/)?dev(\/|$)/.test(pathname);
}

/** @returns {import('astro').AstroIntegration} */
export function devPages() {
  return {
    name: 'faaslab:dev-pages',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        if (devPagesEnabled()) return;
        const out = fileURLToPath(dir);
        await rm(join(out, 'dev'), { recursive: true, force: true });
        await rm(join(out, 'en', 'dev'), { recursive: true, force: true });
      },
    },
  };
}
