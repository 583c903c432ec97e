// Astro integration: after the build, write dist/_headers (the format Netlify and Cloudflare Pages read)
// with the headers of site-headers.mjs, and dist/lab-pages.json for scripts/serve-site.mjs.
// Hosts merge every block that matches a path, and two Content-Security-Policy headers would both be
// enforced (the stricter wins), so the policy goes in one block per page, never in `/*`.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cacheControl, HASHED_ASSETS, LAB_PAGE_MARKER, securityHeaders } from '../site-headers.mjs';
import { devPagesEnabled, isDevPage } from './dev-pages-integration.mjs';

/** @param {string} pathname @returns {string} */
const urlPath = (pathname) => ('/' + pathname + '/').replace(/\/+/g, '/');

/** @returns {import('astro').AstroIntegration} */
export function headersFile() {
  return {
    name: 'faaslab:headers-file',
    hooks: {
      'astro:build:done': async ({ dir, pages }) => {
        const out = fileURLToPath(dir);
        const labPaths = [];
        const blocks = [];
        const block = (path, headers) =>
          `${path}\n${Object.entries(headers)
            .map(([k, v]) => `  ${k}: ${v}`)
            .join('\n')}\n`;
        const { 'Content-Security-Policy': _csp, ...common } = securityHeaders({ lab: false });
        blocks.push(block('/*', common));
        for (const prefix of HASHED_ASSETS)
          blocks.push(block(`${prefix}*`, { 'Cache-Control': cacheControl(prefix) }));
        for (const { pathname } of pages) {
          // A production build drops the /dev pages (dev-pages-integration.mjs): no headers for them.
          if (!devPagesEnabled() && isDevPage(pathname)) continue;
          const html = await readFile(join(out, pathname, 'index.html'), 'utf8').catch(() => '');
          const lab = html.includes(LAB_PAGE_MARKER);
          if (lab) labPaths.push(urlPath(pathname));
          const csp = securityHeaders({ lab })['Content-Security-Policy'];
          blocks.push(block(urlPath(pathname), { 'Content-Security-Policy': csp }));
        }
        await writeFile(join(out, '_headers'), blocks.join('\n'));
        await writeFile(join(out, 'lab-pages.json'), JSON.stringify(labPaths));
      },
    },
  };
}
