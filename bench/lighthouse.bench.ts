/**
 * Lighthouse 12 (pinned 12.2.3: 13 needs Node 22) on the built site, in its default mobile profile
 * (simulated slow 4G, 4× CPU slowdown), with Debian's Chromium: performance score, LCP, CLS, FCP and TBT for
 * a prose lesson, a simulator lesson and a lab lesson, the median of LIGHTHOUSE_RUNS runs (default 3), with
 * the document's transferred bytes and the machine's load while measured. Goals: performance ≥ 95 and
 * CLS < 0.1 on all three, LCP < 1.2 s. Run `npm run build` first. BENCH_DIST=path measures another build;
 * BENCH_DIST=a,b measures several side by side, their runs interleaved so that the machine's load falls
 * on each alike (Lantern's simulation scales the main thread's observed work by 4, so a busy machine
 * lengthens FCP and LCP: compare builds only within one run of this bench). A build is served with this
 * checkout's headers, whose CSP admits this checkout's inline theme script only: give an older build its
 * own checkout's server as `dist@checkout` (e.g. BENCH_DIST=/tmp/old-dist@/tmp/old-checkout,dist, where
 * /tmp/old-checkout holds at least that commit's scripts/, site-headers.mjs and src/layouts/).
 * LIGHTHOUSE_PAGES=/a/,/b/ measures those pages instead of the three.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../test/e2e/browser.ts';
import { serveSite } from '../scripts/serve-site.mjs';

/** The three kinds of page, or the paths in LIGHTHOUSE_PAGES (comma-separated, e.g. `/en/course/kubernetes/`). */
const PAGES = process.env.LIGHTHOUSE_PAGES
  ? process.env.LIGHTHOUSE_PAGES.split(',')
      .filter(Boolean)
      .map((path) => ({ name: path, path }))
  : [
      { name: 'prose lesson (intro)', path: '/curso/intro/' },
      { name: 'simulator lesson (services)', path: '/curso/services/' },
      { name: 'lab lesson (openfaas)', path: '/curso/openfaas/' },
    ];
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);
/** Each build to measure, `dir` or `dir@checkout` (served by that checkout's serve-site, with its headers). */
const BUILDS = (process.env.BENCH_DIST ?? 'dist')
  .split(',')
  .filter(Boolean)
  .map((entry) => {
    const [dir = entry, checkout] = entry.split('@');
    return { dir, checkout };
  });
const DISTS = BUILDS.map(({ dir }) => dir);

interface Figures {
  score: number;
  lcp: number;
  cls: number;
  fcp: number;
  tbt: number;
  documentBytes: number;
  load: number;
}

const missing = DISTS.filter((dist) => !existsSync(`${dist}/index.html`));
if (missing.length > 0) {
  console.log(`lighthouse: ${missing.join(', ')} missing; run \`npm run build\` first`);
  process.exit(0);
}

/** The median of the numbers (a run Lighthouse could not time gives NaN and is left out). */
const median = (values: number[]): number => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const servers = await Promise.all(
  BUILDS.map(async ({ dir, checkout }) => {
    const serve: typeof serveSite = checkout
      ? (await import(pathToFileURL(resolve(checkout, 'scripts/serve-site.mjs')).href)).serveSite
      : serveSite;
    return serve({ dir, port: 0 });
  }),
);
// serve-site compresses a file on its first request and keeps the result (a static host serves files
// compressed ahead of time): ask once for each page, so that no run times the compression as the server's
// answer (Lantern adds the observed server time to its simulated first byte).
for (const server of servers) {
  for (const { path } of PAGES) {
    await (await fetch(new URL(path, server.url), { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
  }
}
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Lighthouse drives its own tab over the debugging port; --headless etc. as every browser run here.
  chromeFlags: CHROMIUM_ARGS,
});
/** figures[dist][page] = one entry per run. */
const figures = DISTS.map(() => PAGES.map((): Figures[] => []));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const [p, { path }] of PAGES.entries()) {
      for (const [d, server] of servers.entries()) {
        const pageUrl = new URL(path, server.url).toString();
        const load = loadavg()[0]!;
        const result = await lighthouse(pageUrl, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance'],
        });
        if (!result) throw new Error(`lighthouse gave no result for ${path}`);
        const { lhr } = result;
        const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
        const requests = (lhr.audits['network-requests']?.details as { items?: unknown[] } | undefined)
          ?.items;
        const document = (requests as Array<{ url: string; transferSize?: number }> | undefined)?.find(
          (r) => r.url === pageUrl,
        );
        figures[d]![p]!.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          lcp: audit('largest-contentful-paint'),
          cls: audit('cumulative-layout-shift'),
          fcp: audit('first-contentful-paint'),
          tbt: audit('total-blocking-time'),
          documentBytes: document?.transferSize ?? Number.NaN,
          load: (load + loadavg()[0]!) / 2,
        });
      }
    }
  }
} finally {
  await chrome.kill();
  await Promise.all(servers.map((server) => server.close()));
}

for (const [d, dist] of DISTS.entries()) {
  for (const [p, { name }] of PAGES.entries()) {
    const runs = figures[d]![p]!;
    const of = (key: keyof Figures): number => median(runs.map((r) => r[key]));
    const lcps = runs.map((r) => (r.lcp / 1000).toFixed(2)).join(' ');
    console.log(
      `lighthouse ${DISTS.length > 1 ? `${dist} ` : ''}${name.padEnd(30)} performance ${String(of('score')).padStart(3)}   ` +
        `LCP ${(of('lcp') / 1000).toFixed(2)} s   CLS ${of('cls').toFixed(3)}   ` +
        `TBT ${of('tbt').toFixed(0)} ms   FCP ${(of('fcp') / 1000).toFixed(2)} s   ` +
        `document ${(of('documentBytes') / 1024).toFixed(1)} KB   ` +
        `(median of ${runs.length}; LCP runs ${lcps}; load ${of('load').toFixed(1)})`,
    );
  }
}
