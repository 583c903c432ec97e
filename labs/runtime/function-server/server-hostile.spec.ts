/**
 * server.mjs (the file the k3s export ships) against handlers that set bad headers or statuses and
 * clients that send too much (issue 19, finding 2): it answers and keeps serving, it never exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVER_PATH } from '../node/server-process.ts';
import { declaredOversizeUpload } from '../../../test/labs/oversize-upload.ts';

// One handler, switched by the path, so one server process sees every hostile answer in turn.
const HANDLER = `module.exports = async (event, context) => {
  switch (event.path) {
    case '/latin1': return context.headers({ 'x-check': '✓ ok' }).succeed('x');
    case '/crlf': return context.headers({ 'x-a': 'b\\r\\nSet-Cookie: evil=1' }).succeed('x');
    case '/name': return context.headers({ 'bad name': 'v' }).succeed('x');
    case '/status99': return context.status(99).succeed('x');
    case '/status-abc': return context.status('abc').succeed('x');
    case '/status600': return context.status(600).succeed('x');
    case '/fail99': context.status(99); return context.fail(new Error('boom'));
    case '/framing': return context.headers({ 'content-length': '1', 'transfer-encoding': 'chunked', 'x-kept': 'yes' }).succeed('hello');
    case '/buffers': { const kept = []; for (let i = 0; i < 40; i++) kept.push(Buffer.alloc(16 * 1024 * 1024, 1)); return context.succeed(String(kept.length)); }
    default: return context.succeed('ok');
  }
}`;

let child: ChildProcess;
let url = '';
const output: string[] = [];

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'faaslab-hostile-'));
  await writeFile(join(dir, 'handler.js'), HANDLER);
  child = spawn(process.execPath, [SERVER_PATH], {
    env: {
      port: '0',
      PATH: process.env.PATH ?? '',
      HANDLER_PATH: join(dir, 'handler.js'),
      RAW_BODY: 'true',
      MAX_RAW_SIZE: '1mb',
      FAASLAB_MEMORY_MB: '64',
    },
  });
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      output.push(chunk.toString());
      const match = /Listening on port: (\d+)/.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`server.mjs exited ${code}`)));
  });
});
afterAll(() => {
  child.kill();
});

/** The whole answer to `GET path` as the server wrote it (status line, headers, body), read to its close. */
function rawGet(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () =>
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

async function stillServing(): Promise<void> {
  expect(child.exitCode).toBeNull();
  const response = await fetch(`${url}/`);
  expect(await response.text()).toBe('ok');
}

describe('server.mjs with a hostile handler', () => {
  it.each([
    ['/latin1', 'ERR_INVALID_CHAR'],
    ['/crlf', 'ERR_INVALID_CHAR'],
    ['/name', 'ERR_INVALID_HTTP_TOKEN'],
  ])(
    'answers a bad header %s as the node22 template does (its error text) and keeps serving',
    async (path, code) => {
      const response = await fetch(`${url}${path}`);
      // The template's .catch answers with the status already set (200) and err.toString().
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(code);
      expect(response.headers.get('set-cookie')).toBeNull();
      await stillServing();
    },
  );

  it.each(['/status99', '/status-abc', '/fail99'])(
    'answers as of-watchdog does where the real template exits (%s): 500, empty, logged; keeps serving',
    async (path) => {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(500);
      expect(response.headers.get('x-openfaas-internal')).toBe('of-watchdog');
      expect(await response.text()).toBe('');
      await stillServing();
      expect(output.join('')).toMatch(/Invalid status code/);
    },
  );

  it("passes a 600 through, as Express 5 and of-watchdog do, with Go's status line, and keeps serving", async () => {
    const head = await rawGet(Number(new URL(url).port), '/status600');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 600 status code 600');
    expect(head.endsWith('\r\n\r\nx')).toBe(true);
    await stillServing();
  });

  it('drops framing headers a handler sets (no 502 from conflicting framing)', async () => {
    const response = await fetch(`${url}/framing`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('hello');
    expect(response.headers.get('x-kept')).toBe('yes');
    expect(response.headers.get('transfer-encoding')).toBeNull();
    await stillServing();
  });

  it('refuses a body declared over the limit with 413 before reading it', async () => {
    const { port } = new URL(url);
    const answer = await declaredOversizeUpload(Number(port), 64 * 1024);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    // The connection is closed after it: the answer says so, so no client reuses the socket.
    expect(answer).toMatch(/^connection: close\r$/im);
    await stillServing();
  });

  it('stops reading a chunked body at the limit with 413', async () => {
    const big = new Uint8Array(3 * 1024 * 1024);
    const response = await fetch(`${url}/`, {
      method: 'POST',
      body: new Blob([big]).stream(),
      headers: { 'content-type': 'application/octet-stream' },
      duplex: 'half',
    } as RequestInit).catch((error: unknown) => error);
    if (response instanceof Response) expect(response.status).toBe(413);
    await stillServing();
  });

  it('counts Buffers against the memory limit (64 MB), not only the JS heap', async () => {
    const response = await fetch(`${url}/buffers`);
    expect(response.status).toBe(500);
    await response.text();
    expect(output.join('')).toMatch(/out of memory/i);
    await stillServing();
  });
});
