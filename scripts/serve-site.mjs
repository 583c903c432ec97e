#!/usr/bin/env node
// Serves the built site (dist/) on 127.0.0.1 with the headers of site-headers.mjs: `npm start`,
// `npm run preview` and the browser tests use it. Usage: node scripts/serve-site.mjs [--port N] [--dir D]
// Run as a command, it also compresses every page once at start (precompressPages), as a static host does.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheControl, securityHeaders } from '../site-headers.mjs';
import { chooseEncoding, compressedBody, precompressPages } from './compressed-body.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.xml': 'application/xml',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * Bounds on what one client can hold: a slow client is cut off after these times (Node's own
 * defaults are 60 s for headers and 300 s per request), and at most this many sockets are open.
 */
export const bounds = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 512,
};

/**
 * Starts the static server. Any request it cannot make sense of gets a 4xx with the security headers,
 * and the server keeps serving: a page the student visits must not be able to stop it.
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const labPages = new Set(
    JSON.parse(await readFile(join(root, 'lab-pages.json'), 'utf8').catch(() => '[]')),
  );
  const server = createServer((req, res) => {
    answer(root, labPages, req, res).catch((error) => {
      console.error(
        `serve-site: ${req.method} ${JSON.stringify(req.url)} failed: ${error?.message ?? error}`,
      );
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  server.headersTimeout = bounds.headersTimeoutMs;
  server.requestTimeout = bounds.requestTimeoutMs;
  server.keepAliveTimeout = bounds.keepAliveTimeoutMs;
  server.maxConnections = bounds.maxConnections;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeIdleConnections();
      }),
  };
}

/** Answers one request; throws only on faults of the server itself (the caller answers 500). */
async function answer(root, labPages, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const path = decodePath(req.url ?? '/');
  if (path === null) {
    sendText(res, 400, 'Bad Request');
    return;
  }
  const file = await locate(root, path.decoded);
  if (!file) {
    const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('404 Not Found'));
    res.writeHead(404, { 'Content-Type': TYPES['.html'], ...securityHeaders({ lab: false }) });
    res.end(req.method === 'HEAD' ? undefined : notFound);
    return;
  }
  if (file.redirect) {
    // The raw (still encoded) path, with one leading slash: `/%2Fexample.com` must not become the
    // protocol-relative `//example.com`, which a browser follows to another host.
    const location = '/' + path.raw.replace(/^[/\\]+/, '') + '/' + path.search;
    res.writeHead(301, { Location: location, ...securityHeaders({ lab: false }) });
    res.end();
    return;
  }
  const pagePath = path.decoded.endsWith('/') ? path.decoded : path.decoded.replace(/\/index\.html$/, '/');
  const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
  const headers = {
    'Content-Type': type,
    'Cache-Control': cacheControl(path.decoded),
    Vary: 'Accept-Encoding',
    ...securityHeaders({ lab: labPages.has(pagePath) }),
  };
  const encoding = chooseEncoding(req.headers['accept-encoding'], type, file.size);
  if (encoding) {
    // Compressed bodies are cached per file (compressed-body.mjs); they are sent whole.
    const body = await compressedBody(file.path, file.mtimeMs, await readFile(file.path), encoding);
    res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': file.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // Streamed, so a burst of requests for a large file holds a few chunks each, not the file.
  const stream = createReadStream(file.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/**
 * The request path, decoded, or null when it cannot be served: a malformed escape (`%E0%A4%A`), a
 * control character (an encoded CR LF would otherwise reach a header), or a backslash.
 * @returns {{ raw: string, decoded: string, search: string } | null}
 */
function decodePath(requestUrl) {
  let url;
  try {
    url = new URL(requestUrl, 'http://localhost');
  } catch {
    return null;
  }
  let decoded;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return null;
  if (/[\u0000-\u001f\u007f]/.test(url.search)) return null;
  return { raw: url.pathname, decoded, search: url.search };
}

function sendText(res, status, text, extra = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    ...extra,
    ...securityHeaders({ lab: false }),
  });
  res.end(text);
}

/** @returns {Promise<{ path: string, size: number, mtimeMs: number, redirect?: undefined } | { redirect: true, path?: undefined } | null>} */
async function locate(root, path) {
  const full = resolve(root, '.' + (path.startsWith('/') ? path : '/' + path));
  // With the separator: `/srv/dist-private` starts with `/srv/dist` but is not inside it.
  if (full !== root && !full.startsWith(root + sep)) return null;
  const info = await stat(full).catch(() => null);
  if (info?.isFile()) return { path: full, size: info.size, mtimeMs: info.mtimeMs };
  if (info?.isDirectory()) {
    if (!path.endsWith('/')) return { redirect: true };
    const index = join(full, 'index.html');
    const indexInfo = await stat(index).catch(() => null);
    if (indexInfo?.isFile()) return { path: index, size: indexInfo.size, mtimeMs: indexInfo.mtimeMs };
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, dir: { type: 'string', default: 'dist' } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 4321);
  const { url } = await serveSite({ dir: values.dir, port });
  console.log(`FaaS Lab is served at ${url} (español) and ${url}en/ (English). Ctrl+C to stop.`);
  await precompressPages(resolve(values.dir));
}
