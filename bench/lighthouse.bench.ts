/**
 * Lighthouse 12 (pinned 12.2.3: 13 needs Node 22) on the built site, in its default mobile profile
 * (simulated slow 4G, 4× CPU slowdown), with Debian's Chromium: performance score, LCP, CLS and TBT for a
 * prose lesson, a simulator lesson and a lab lesson. Goals: performance ≥ 95 and CLS < 0.1 on all three,
 * LCP < 1.2 s. Run `npm run build` first; BENCH_DIST=path measures another build (e.g. main's, side by side).
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../test/e2e/browser.ts';
import { serveSite } from '../scripts/serve-site.mjs';

const PAGES = [
  { name: 'prose lesson (intro)', path: '/curso/intro/' },
  { name: 'simulator lesson (services)', path: '/curso/services/' },
  { name: 'lab lesson (openfaas)', path: '/curso/openfaas/' },
];

const DIST = process.env.BENCH_DIST ?? 'dist';
if (!existsSync(`${DIST}/index.html`)) {
  console.log(`lighthouse: ${DIST}/ is missing; run \`npm run build\` first`);
  process.exit(0);
}

const { url, close } = await serveSite({ dir: DIST, port: 0 });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Lighthouse drives its own tab over the debugging port; --headless etc. as every browser run here.
  chromeFlags: CHROMIUM_ARGS,
});
try {
  for (const { name, path } of PAGES) {
    const result = await lighthouse(new URL(path, url).toString(), {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`lighthouse gave no result for ${path}`);
    const { lhr } = result;
    const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
    const score = Math.round((lhr.categories.performance?.score ?? 0) * 100);
    console.log(
      `lighthouse ${name.padEnd(30)} performance ${String(score).padStart(3)}   ` +
        `LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s   ` +
        `CLS ${audit('cumulative-layout-shift').toFixed(3)}   ` +
        `TBT ${audit('total-blocking-time').toFixed(0)} ms   ` +
        `FCP ${(audit('first-contentful-paint') / 1000).toFixed(2)} s`,
    );
  }
} finally {
  await chrome.kill();
  await close();
}
