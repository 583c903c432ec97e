#!/usr/bin/env node
// Serves the built site (dist/) on 127.0.0.1 with the headers of site-headers.mjs: `npm start`,
// `npm run preview` and the browser tests use it. Usage: node scripts/serve-site.mjs [--port N] [--dir D]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { securityHeaders } from '../site-headers.mjs';
import { chooseEncoding, compressedBody } from './compressed-body.mjs';

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
 * Starts the static server.
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite({ dir = 'dist', port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const labPages = new Set(
    JSON.parse(await readFile(join(root, 'lab-pages.json'), 'utf8').catch(() => '[]')),
  );
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const file = await locate(root, path);
    if (!file) {
      const notFound = await readFile(join(root, '404.html')).catch(() => Buffer.from('404 Not Found'));
      res.writeHead(404, { 'Content-Type': TYPES['.html'], ...securityHeaders({ lab: false }) });
      res.end(notFound);
      return;
    }
    if (file.redirect) {
      res.writeHead(301, { Location: file.redirect + url.search });
      res.end();
      return;
    }
    const pagePath = path.endsWith('/') ? path : path.replace(/\/index\.html$/, '/');
    const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
    let body = await readFile(file.path);
    const encoding = chooseEncoding(req.headers['accept-encoding'], type, body.length);
    if (encoding) body = compressedBody(file.path, (await stat(file.path)).mtimeMs, body, encoding);
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      ...securityHeaders({ lab: labPages.has(pagePath) }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** @returns {Promise<{ path: string, redirect?: undefined } | { redirect: string, path?: undefined } | null>} */
async function locate(root, path) {
  const full = normalize(join(root, path));
  if (!full.startsWith(root)) return null;
  const info = await stat(full).catch(() => null);
  if (info?.isFile()) return { path: full };
  if (info?.isDirectory()) {
    if (!path.endsWith('/')) return { redirect: path + '/' };
    const index = join(full, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return { path: index };
  }
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const port = Number(flag('--port') ?? process.env.PORT ?? 4321);
  const { url } = await serveSite({ dir: flag('--dir') ?? 'dist', port });
  console.log(`FaaS Lab is served at ${url} (español) and ${url}en/ (English). Ctrl+C to stop.`);
}
