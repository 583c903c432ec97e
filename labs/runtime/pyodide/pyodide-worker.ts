/**
 * The Pyodide Web Worker. Pyodide's loader is imported from the site's own copy (never bundled, never
 * a CDN); the worker counts the bytes of the assets as they stream in, for the page's progress bar.
 */
import type { PyodideAPI } from 'pyodide';
import { createPyodideHost } from './pyodide-host.ts';
import type { FromPyodide, ToPyodide } from './pyodide-messages.ts';

const post = (message: FromPyodide): void => self.postMessage(message);

/** Wraps fetch so the asset downloads report their progress; responses keep their headers. */
function countDownloads(indexURL: string): void {
  const plain = self.fetch.bind(self);
  const sizes = new Map<string, { loaded: number; total: number }>();
  const report = (): void => {
    let loaded = 0;
    let total = 0;
    for (const size of sizes.values()) {
      loaded += size.loaded;
      total += size.total;
    }
    post({ type: 'progress', phase: loaded < total ? 'download' : 'compile', loaded, total });
  };
  self.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await plain(input, init);
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith(new URL(indexURL, self.location.href).href) || !response.body) return response;
    const size = { loaded: 0, total: Number(response.headers.get('content-length') ?? 0) };
    sizes.set(url, size);
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size.loaded += chunk.byteLength;
          report();
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, { status: response.status, headers: response.headers });
  };
}

const handle = createPyodideHost(post, async ({ indexURL, stdout, stderr }) => {
  countDownloads(indexURL);
  const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as {
    loadPyodide: (options: object) => Promise<PyodideAPI>;
  };
  return loadPyodide({ indexURL, stdout, stderr, packages: [], checkAPIVersion: true });
});

self.addEventListener('message', (event: MessageEvent<ToPyodide>) => handle(event.data));
