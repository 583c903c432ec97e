/**
 * Side by side with the real node22 template (openfaas/templates template/node22/index.js on express 5 and
 * body-parser 2), when one is at hand: FAASLAB_NODE22_TEMPLATE names a folder holding its index.js,
 * package.json and node_modules (`npm install` there). The same handler answers the same requests in both;
 * status, content type and body must agree. Without the folder the test is skipped and says why.
 * The real template runs without of-watchdog, so a request that kills its process shows as a dropped
 * connection there and as of-watchdog's 500 here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TEMPLATE = process.env.FAASLAB_NODE22_TEMPLATE ?? '';
const SERVER = resolve(import.meta.dirname, '../../labs/runtime/function-server/server.mjs');
const available = TEMPLATE !== '' && existsSync(join(TEMPLATE, 'index.js'));

const HANDLER = `module.exports = async (event, context) => {
  if (event.path === '/status-string') return context.status('201').succeed('made');
  if (event.path === '/fail') return context.fail(new Error('nope'));
  if (event.path === '/throw') throw new Error('boom');
  if (event.path === '/num') return 42;
  return { type: typeof event.body, body: Buffer.isBuffer(event.body) ? 'buffer' : event.body,
    ct: event.headers['content-type'], query: event.query, path: event.path, method: event.method };
};`;

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const REQUESTS: Array<[method: string, path: string, headers: Record<string, string>, body?: string]> = [
  ['GET', '/', {}],
  ['POST', '/', { 'content-type': 'text/plain' }, 'plain'],
  ['POST', '/', { 'content-type': 'application/json' }, '{"a":[1,{"b":2}]}'],
  ['POST', '/', { 'content-type': 'application/json' }, ''],
  ['POST', '/', FORM, 'x[y][z]=1&x[y][w]=2&arr[]=1&arr[]=2&n=1&n=2&e[0][f]=g&__proto__[p]=1&l=%20a+b'],
  ['POST', '/', FORM, 'a[0]=x&a[1]=y&b[1]=z&m[]=1&m[a]=2&n=1&n[x]=2&o[x]=1&o=2&p[a]b=1&q[=1&r]=2'],
  ['POST', '/', { 'content-type': 'application/octet-stream' }, 'raw'],
  ['POST', '/', { 'content-type': 'image/png' }, 'png'],
  ['POST', '/', { 'content-type': 'text/csv' }, 'a,b'],
  ['PUT', '/p/q?x=1&x=2&y[z]=3', { 'content-type': 'text/plain; charset=utf-8' }, 'hey'],
  ['GET', '/num', {}],
  ['GET', '/fail', {}],
  ['GET', '/throw', {}],
];

function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

async function waitFor(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/_/health`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nothing listens on ${port}`);
}

async function answer(
  port: number,
  [method, path, headers, body]: (typeof REQUESTS)[number],
): Promise<string> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers, body });
    return `${res.status} ${res.headers.get('content-type')} ${await res.text()}`;
  } catch {
    return 'connection dropped';
  }
}

describe.skipIf(!available)('node22 template side by side (FAASLAB_NODE22_TEMPLATE)', () => {
  const children: ChildProcess[] = [];
  let dir = '';
  let realPort = 0;
  let oursPort = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'faaslab-node22-'));
    writeFileSync(join(dir, 'handler.js'), HANDLER);
    // The template requires ./function/handler next to its index.js: the same handler goes there.
    mkdirSync(join(TEMPLATE, 'function'), { recursive: true });
    writeFileSync(join(TEMPLATE, 'function', 'handler.js'), HANDLER);
    [realPort, oursPort] = [await freePort(), await freePort()];
    children.push(
      spawn(process.execPath, ['index.js'], {
        cwd: TEMPLATE,
        env: { ...process.env, http_port: String(realPort) },
        stdio: 'ignore',
      }),
      spawn(process.execPath, [SERVER], {
        env: {
          ...process.env,
          port: String(oursPort),
          HANDLER_PATH: join(dir, 'handler.js'),
          FAASLAB_LISTEN_HOST: '127.0.0.1',
        },
        stdio: 'ignore',
      }),
    );
    await Promise.all([waitFor(realPort), waitFor(oursPort)]);
  });

  afterAll(() => {
    for (const child of children) child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(REQUESTS.map((r) => [`${r[0]} ${r[1]} ${JSON.stringify(r[2])}`, r] as const))(
    '%s answers the same',
    async (_name, request) => {
      expect(await answer(oursPort, request)).toBe(await answer(realPort, request));
    },
  );

  it('a string status ends the real process; here of-watchdog answers 500 and the handler comes back', async () => {
    expect(await answer(realPort, ['GET', '/status-string', {}])).toBe('connection dropped');
    expect(await answer(oursPort, ['GET', '/status-string', {}])).toBe('500 null ');
    expect(await answer(oursPort, ['GET', '/num', {}])).toBe('200 application/json; charset=utf-8 42');
  });
});

describe.skipIf(available)('node22 template side by side', () => {
  it.skip('needs FAASLAB_NODE22_TEMPLATE: a folder with template/node22 from openfaas/templates and npm install run in it', () => {});
});
