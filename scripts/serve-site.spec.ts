import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from './serve-site.mjs';

// Hostile requests from the hardening review (issue 19, finding 1): every one gets a 4xx and the
// server keeps serving; nothing is read outside the root; no redirect leaves the site.
const parent = mkdtempSync(join(tmpdir(), 'serve-site-'));
const root = join(parent, 'dist');
mkdirSync(join(root, 'en'), { recursive: true });
mkdirSync(join(parent, 'dist-private'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<p>es</p>');
writeFileSync(join(root, 'en', 'index.html'), '<p>en</p>');
writeFileSync(join(root, '404.html'), '<p>404</p>');
mkdirSync(join(root, '_astro'));
writeFileSync(join(root, '_astro', 'chrome.Du4e4g3l.js'), 'export {};');
mkdirSync(join(root, 'simulator-data'));
writeFileSync(join(root, 'simulator-data', 'services.es.0123456789.json'), '{}');
writeFileSync(join(parent, 'dist-private', 'secret.txt'), 'secret');

let site: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  site = await serveSite({ dir: root, port: 0 });
});
afterAll(() => site.close());

/** Sends the raw request line, so no client library normalises the path first. */
function rawGet(path: string): Promise<{ status: number; head: string; body: string }> {
  const { port } = new URL(site.url);
  return new Promise((ok, fail) => {
    const socket = connect(Number(port), '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('error', fail);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n');
      ok({ status: Number(head.split(' ')[1]), head, body });
    });
  });
}

function get(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((ok, fail) => {
    const req = httpRequest(new URL(path, site.url), { method }, (res) => {
      res.resume();
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serve-site under hostile requests', () => {
  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    expect((await rawGet('/%E0%A4%A')).status).toBe(400);
    expect((await rawGet('/')).status).toBe(200);
  });

  it('answers an encoded CR LF in the path with 400 and keeps serving', async () => {
    expect((await rawGet('/x%0d%0aA:b%2f..%2fen')).status).toBe(400);
    expect((await rawGet('/en/')).status).toBe(200);
  });

  it('never redirects to another host', async () => {
    const answer = await rawGet('/%2Fexample.com%2F..%2Fen');
    const location = /\r\nLocation: ([^\r]*)/i.exec(answer.head)?.[1];
    if (answer.status === 301) {
      expect(location?.startsWith('/')).toBe(true);
      expect(location?.startsWith('//')).toBe(false);
      expect(location?.startsWith('/\\')).toBe(false);
    } else expect(answer.status).toBeGreaterThanOrEqual(400);
  });

  it('reads nothing from a sibling folder whose name starts with the root', async () => {
    for (const path of [
      '/..%2fdist-private/secret.txt',
      '/..%2f..%2fdist-private/secret.txt',
      '/%2e%2e/dist-private/secret.txt',
    ]) {
      const answer = await rawGet(path);
      expect(answer.body).not.toContain('secret');
      expect(answer.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('sends the security headers with redirects, errors and pages', async () => {
    for (const path of ['/en', '/', '/missing', '/%E0%A4%A']) {
      const answer = await rawGet(path);
      expect(answer.head, path).toMatch(/\r\nContent-Security-Policy: /i);
      expect(answer.head, path).toMatch(/\r\nX-Content-Type-Options: nosniff/i);
    }
  });

  it('lets browsers keep the fingerprinted assets and revalidate everything else', async () => {
    for (const path of ['/_astro/chrome.Du4e4g3l.js', '/simulator-data/services.es.0123456789.json']) {
      expect((await rawGet(path)).head, path).toMatch(
        /\r\nCache-Control: public, max-age=31536000, immutable\r\n/i,
      );
    }
    for (const path of ['/', '/en/']) {
      expect((await rawGet(path)).head, path).toMatch(/\r\nCache-Control: no-cache\r\n/i);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/', 'HEAD')).status).toBe(200);
  });

  it('bounds slow clients with header and request timeouts', async () => {
    const { bounds } = await import('./serve-site.mjs');
    expect(bounds.headersTimeoutMs).toBeLessThanOrEqual(bounds.requestTimeoutMs);
    expect(bounds.requestTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(bounds.maxConnections).toBeGreaterThan(0);
  });

  it('survives a burst of 300 concurrent requests, good and bad', async () => {
    const paths = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? '/%E0%A4%A' : i % 3 === 1 ? '/en/' : '/en',
    );
    const answers = await Promise.all(paths.map((p) => rawGet(p).catch(() => ({ status: 0 }))));
    expect(
      answers.every((a) => a.status === 400 || a.status === 200 || a.status === 301 || a.status === 503),
    ).toBe(true);
    expect((await rawGet('/')).status).toBe(200);
  });

  it('runs as a command with --port and --dir, and refuses a flag it does not know', async () => {
    const script = join(import.meta.dirname, 'serve-site.mjs');
    const child = spawn(process.execPath, [script, '--port', '0', '--dir', root]);
    try {
      const url = await new Promise<string>((ok, fail) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk;
          const served = /served at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (served) ok(served[1]!);
        });
        child.once('exit', (code) => fail(new Error(`exited with ${code}: ${out}`)));
      });
      expect(await (await fetch(url + 'en/')).text()).toBe('<p>en</p>');
    } finally {
      child.kill();
    }
    const refused = spawn(process.execPath, [script, '--prot', '0']);
    let stderr = '';
    refused.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    const code = await new Promise((ok) => refused.once('exit', ok));
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--prot/);
  });
});
