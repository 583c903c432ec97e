// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { securityHeaders } from './site-headers.mjs';
import { headersFile } from './scripts/headers-file-integration.mjs';
import { pyodideAssets } from './scripts/pyodide-assets-integration.mjs';
import { devPages } from './scripts/dev-pages-integration.mjs';
import { afterPaintScripts } from './scripts/after-paint-scripts-integration.mjs';
import { rehypeFocusableTables } from './src/markdown/rehype-focusable-tables.ts';
import { remarkIslandImports } from './src/markdown/remark-island-imports.ts';

// https://astro.build/config
export default defineConfig({
  site: 'https://faaslab.example',
  trailingSlash: 'ignore',
  i18n: {
    defaultLocale: 'es',
    locales: ['es', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // Each lesson imports only the islands it uses, so a prose lesson loads no island CSS or script.
  // A page's scripts start after its first paint (after-paint-scripts-integration.mjs, issue 20: LCP).
  integrations: [
    mdx({ remarkPlugins: [remarkIslandImports] }),
    headersFile(),
    pyodideAssets(),
    devPages(),
    afterPaintScripts(),
  ],
  // Code is coloured at build time for both themes; the dark colours apply under [data-theme=dark]. The
  // high-contrast GitHub themes keep every token (comments too) above WCAG AA on our code background.
  markdown: {
    shikiConfig: {
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: 'light',
    },
    rehypePlugins: [rehypeFocusableTables],
  },
  // Stylesheets go inline: a page's CSS (its own islands' only, 25–35 KB raw) arrives with the HTML instead
  // of 3–4 render-blocking requests on a phone's connection (issue 20: LCP). The CSP already allows
  // inline styles; inline scripts stay forbidden.
  build: { inlineStylesheets: 'always', format: 'directory' },
  server: { host: '127.0.0.1', headers: securityHeaders({ lab: true }) },
  vite: {
    build: { assetsInlineLimit: 0 },
    // The sandbox runtime's Web Worker (QuickJS) is code-split; only ES-module workers allow that.
    worker: { format: 'es' },
    server: { headers: securityHeaders({ lab: true }) },
    preview: { headers: securityHeaders({ lab: true }) },
  },
});
