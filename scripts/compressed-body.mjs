// Compression for the static server: text assets (HTML, CSS, JS, JSON, SVG, WebAssembly) are sent with
// brotli or gzip when the client accepts it, as every production host does; without it a lesson's HTML
// travels 4× larger and the first paint on a phone waits for it. Compressed bodies are cached per file.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm)|image\/svg\+xml)/;
const MIN_BYTES = 1024;

/** @type {Map<string, { mtimeMs: number, br?: Buffer, gzip?: Buffer }>} */
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
 * `body` compressed with `encoding`, cached for the file until its modification time changes.
 * @param {string} file
 * @param {number} mtimeMs
 * @param {Buffer} body
 * @param {'br' | 'gzip'} encoding
 * @returns {Buffer}
 */
export function compressedBody(file, mtimeMs, body, encoding) {
  let entry = cache.get(file);
  if (!entry || entry.mtimeMs !== mtimeMs) {
    entry = { mtimeMs };
    cache.set(file, entry);
  }
  const cached = entry[encoding];
  if (cached) return cached;
  const out =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(body, { level: 9 });
  entry[encoding] = out;
  return out;
}
