/**
 * Python runtime figures. Command line: python3 running server.py (ready time = new runtime → start()
 * resolved, with the handler process loaded; invoke p50 over HTTP). Browser: Pyodide in a Web Worker in
 * Chromium from the built site (/dev/python-harness/): cold start with the download and without it,
 * warm start from the page's pool of booted workers (goal < 100 ms), invoke p50 (goal < 5 ms).
 */
import { existsSync } from 'node:fs';
import { serveSite } from '../scripts/serve-site.mjs';
import type { PythonHarness } from '../test/labs/python-harness-client.ts';
import { findPython, PythonRuntime } from '../labs/runtime/python/index.ts';
import { labLimits } from '../labs/lab-limits.ts';
import { PYODIDE_FILES, PYODIDE_PATH } from '../labs/runtime/pyodide/pyodide-assets.ts';
import { onHarnessPage } from './harness-page.ts';
import { percentile } from './measure.ts';
const f = (ms: number, digits = 1): string => `${ms.toFixed(digits)} ms`;
const ECHO = 'def handle(event, context):\n    return {"statusCode": 200, "body": event.body.decode()}\n';

const python = findPython();
if (!python) console.log('python3 bench skipped: no python3 on PATH');
else {
  const ready: number[] = [];
  const invoke: number[] = [];
  for (let round = 0; round < 5; round++) {
    const runtime = new PythonRuntime();
    const t = performance.now();
    await runtime.start({ 'handler.py': ECHO }, { limits: labLimits() });
    ready.push(performance.now() - t);
    for (let i = 0; i < (round === 0 ? 300 : 0); i++) {
      const s = performance.now();
      await runtime.invoke({
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'text/plain' },
        body: `n${i}`,
      });
      invoke.push(performance.now() - s);
    }
    await runtime.stop();
  }
  console.log(
    `python3 ${python.version} runtime ready (spawn server.py + handler process): p50 ${f(percentile(ready, 50))}, max ${f(Math.max(...ready))} over ${ready.length} starts`,
  );
  console.log(
    `python3 runtime invoke over HTTP: p50 ${f(percentile(invoke, 50), 2)}, p90 ${f(percentile(invoke, 90), 2)}, p99 ${f(percentile(invoke, 99), 2)} over ${invoke.length} invokes`,
  );
}

const dir = process.env.SITE_DIR ?? 'dist';
if (!existsSync(`${dir}/dev/python-harness/index.html`)) {
  console.log(`Pyodide bench skipped: ${dir}/dev/python-harness/ is missing (run npm run build first)`);
} else {
  const site = await serveSite({ dir, port: 0 });
  // The static server compresses each file on its first request and caches it (scripts/compressed-body.mjs);
  // a static host serves precompressed files. Warm that cache first, and say what it cost.
  const warmBegan = performance.now();
  for (const file of PYODIDE_FILES)
    await (
      await fetch(new URL(`${PYODIDE_PATH}${file}`, site.url), { headers: { 'accept-encoding': 'br' } })
    ).arrayBuffer();
  console.log(
    `(static server's first brotli compression of the Pyodide assets, once per server: ${f(performance.now() - warmBegan)})`,
  );
  try {
    const b = await onHarnessPage(site.url, '/dev/python-harness/', (page) =>
      page.evaluate(() =>
        (window as unknown as { faaslabPythonHarness: PythonHarness }).faaslabPythonHarness.bench(300),
      ),
    );
    console.log(
      `Pyodide cold start, download included (new worker → handler loaded, empty cache): ${f(b.coldStartMs)}`,
    );
    console.log(
      `  of which boot in the worker ${f(b.coldBootMs)}, asset download (from 127.0.0.1, brotli) ${f(b.coldDownloadMs)}`,
    );
    console.log(
      `Pyodide cold start, download excluded (boot − download): ${f(b.coldBootMs - b.coldDownloadMs)}`,
    );
    console.log(
      `Pyodide second worker on the page (not pooled: assets again from the server, compiled again): ${f(b.secondWorkerBootMs)}`,
    );
    console.log(
      `Pyodide warm start (booted worker from the page's pool, handler.py loaded): p50 ${f(percentile(b.warmStartMs, 50))}, max ${f(Math.max(...b.warmStartMs))} (goal < 100 ms)`,
    );
    console.log(
      `Pyodide invoke: p50 ${f(percentile(b.invokeMs, 50), 2)}, p90 ${f(percentile(b.invokeMs, 90), 2)}, p99 ${f(percentile(b.invokeMs, 99), 2)} over ${b.invokeMs.length} invokes (goal p50 < 5 ms)`,
    );
  } finally {
    await site.close();
  }
}
