// Compression for the static server: text assets (HTML, CSS, JS, JSON, SVG, WebAssembly) are sent with
// brotli or gzip when the client accepts it, as every production host does; without it a lesson's HTML
// travels 4× larger and the first paint on a phone waits for it. Compressed bodies are cached per file.
// Compression runs on libuv's thread pool, never on the event loop: Pyodide's 9.6 MB .wasm compressed
// synchronously at brotli quality 9 held every other request for about 15 s. Large files get a lighter
// quality (4: ~0.3 s for that file, still about 3× smaller).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const LARGE_BYTES = 1024 * 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg\+xml)/;
const MIN_BYTES = 1024;

/** @type {Map<string, { mtimeMs: number, br?: Promise<Buffer>, gzip?: Promise<Buffer> }>} */
const cache = new Map();

/**
 * The encoding to answer with, from the request's Accept-Encoding (brotli first), or null.
 * @param {string | undefined} acceptEncoding
 * @param {string} contentType
 * @param {number} size
 * @returns {'br' | 'gzip' | null}
 */
export function chooseEncoding(acceptEncoding, contentType, size) {
  if (size < MIN_BYTES || !COMPRESSIBLE.test(contentType) || !acceptEncoding) return null;
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * `body` compressed with `encoding`, cached for the file until its modification time changes; requests
 * that arrive while it is being compressed share the same work.
 * @param {string} file
 * @param {number} mtimeMs
 * @param {Buffer} body
 * @param {'br' | 'gzip'} encoding
 * @returns {Promise<Buffer>}
 */
export function compressedBody(file, mtimeMs, body, encoding) {
  let entry = cache.get(file);
  if (!entry || entry.mtimeMs !== mtimeMs) {
    entry = { mtimeMs };
    cache.set(file, entry);
  }
  const cached = entry[encoding];
  if (cached) return cached;
  const large = body.length > LARGE_BYTES;
  const out =
    encoding === 'br'
      ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: large ? 4 : 9 } })
      : gzipAsync(body, { level: large ? 6 : 9 });
  entry[encoding] = out;
  // A failed compression is not cached: the next request tries again.
  out.catch(() => {
    if (entry[encoding] === out) delete entry[encoding];
  });
  return out;
}

/**
 * Compresses every page (`.html` under `root`) with brotli ahead of its first request, one after another,
 * as a static host serves files compressed at deploy time: without it the first visitor of each page waits
 * for its compression (~10–30 ms of CPU per lesson, more on a busy machine), and a first Lighthouse run
 * adds that wait to the simulated first byte. Returns how many pages it compressed.
 * @param {string} root the built site
 * @returns {Promise<number>}
 */
export async function precompressPages(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  let pages = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const [info, body] = await Promise.all([stat(file), readFile(file)]);
    if (body.length < MIN_BYTES) continue;
    await compressedBody(file, info.mtimeMs, body, 'br');
    pages += 1;
  }
  return pages;
}
