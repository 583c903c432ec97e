// The HTTP headers every page of FaaS Lab is served with, in one place: the dev server, the
// production server (scripts/serve-site.mjs) and the `_headers` file for static hosts all read this.
//
// - Cross-origin isolation (COOP same-origin + COEP credentialless) lets a WebContainer boot on lab
//   pages (https://webcontainers.io/guides/configuring-headers). It is harmless elsewhere, because the
//   site loads nothing from other origins, so every page gets it.
// - The Content-Security-Policy allows only the site's own scripts, workers and WebAssembly. Lab pages
//   also allow StackBlitz's origins, which a WebContainer needs to boot. Nothing else may be contacted:
//   a student's reading is nobody else's business. The one inline script, the theme script in <head>,
//   is admitted by its SHA-256 hash (src/layouts/theme-init-script.mjs): no 'unsafe-inline'.

import { THEME_INIT_CSP_HASH } from './src/layouts/theme-init-script.mjs';

/** Origins a WebContainer talks to while it boots (iframe, assets, npm proxy). */
// A `*.` source does not match the bare domain, and WebContainer.boot frames https://stackblitz.com/headless itself.
export const STACKBLITZ_ORIGINS = [
  'https://stackblitz.com',
  'https://*.stackblitz.com',
  'https://*.webcontainer.io',
  'https://*.webcontainer-api.io',
  'https://*.staticblitz.com',
];

/**
 * @param {{ lab: boolean }} options lab: the page mounts a FunctionLab island
 * @returns {Record<string, string>}
 */
export function securityHeaders({ lab }) {
  const extra = lab ? ' ' + STACKBLITZ_ORIGINS.join(' ') : '';
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${THEME_INIT_CSP_HASH} 'wasm-unsafe-eval'${extra}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    `frame-src 'self'${extra}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'credentialless',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** Marker attribute a lab island puts in the HTML, so the build knows the page is a lab page. */
export const LAB_PAGE_MARKER = 'data-function-lab';

/**
 * Where the build puts files named by a hash of their content: Astro's `build.assets`, and the simulator
 * island's scenario data (`/simulator-data/ID.LANG.HASH.json`, src/components/simulator/island-data.ts).
 */
export const HASHED_ASSETS = ['/_astro/', '/simulator-data/'];

/**
 * Cache-Control for a path, as static hosts are told in `_headers`: the build's fingerprinted files
 * (HASHED_ASSETS, named by a hash of their content) never change, so a browser keeps them a year without
 * asking again (the next lesson reuses the shared chrome's scripts); everything else (pages, the
 * search index, favicon) is revalidated on each use, so a new build shows at once.
 * https://developer.mozilla.org/docs/Web/HTTP/Headers/Cache-Control#immutable
 * @param {string} path the request's path
 * @returns {string}
 */
export function cacheControl(path) {
  return HASHED_ASSETS.some((prefix) => path.startsWith(prefix))
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}
