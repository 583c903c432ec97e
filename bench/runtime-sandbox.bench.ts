/**
 * Sandbox runtime figures in Chromium (QuickJS in a Web Worker, from the built site): cold start
 * (new runtime → start() resolved; goal < 50 ms) and invoke p50 (goal < 5 ms). Needs `npm run build`
 * (or SITE_DIR pointing at a build that has /dev/runtime-harness/).
 */
import { existsSync } from 'node:fs';
import { serveSite } from '../scripts/serve-site.mjs';
import type { RuntimeHarness } from '../test/labs/runtime-harness-client.ts';
import { onHarnessPage } from './harness-page.ts';
import { percentile } from './measure.ts';

const dir = process.env.SITE_DIR ?? 'dist';
if (!existsSync(`${dir}/dev/runtime-harness/index.html`)) {
  console.log(`sandbox bench skipped: ${dir}/dev/runtime-harness/ is missing (run npm run build first)`);
  process.exit(0);
}
const site = await serveSite({ dir, port: 0 });
try {
  const figures = await onHarnessPage(site.url, '/dev/runtime-harness/', (page) =>
    page.evaluate(() => (window as unknown as { faaslabHarness: RuntimeHarness }).faaslabHarness.bench(300)),
  );
  console.log(
    `sandbox cold start (first start on the page: worker + wasm fetch/compile + handler): ${figures.coldStartMs.toFixed(1)} ms`,
  );
  console.log(
    `sandbox warm start (prewarmed worker, QuickJS loaded): p50 ${percentile(figures.warmStartMs, 50).toFixed(1)} ms, max ${Math.max(...figures.warmStartMs).toFixed(1)} ms (goal < 50 ms)`,
  );
  console.log(
    `sandbox engine boot inside the worker (all starts): p50 ${percentile(figures.bootInWorkerMs, 50).toFixed(1)} ms`,
  );
  console.log(
    `sandbox invoke: p50 ${percentile(figures.invokeMs, 50).toFixed(2)} ms, p90 ${percentile(figures.invokeMs, 90).toFixed(2)} ms, p99 ${percentile(figures.invokeMs, 99).toFixed(2)} ms over ${figures.invokeMs.length} invokes (goal p50 < 5 ms)`,
  );
} finally {
  await site.close();
}
