/** `faaslab lab …` end to end with captured output (Node runtime underneath). */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { capturedCliIo } from '../../test/labs/captured-cli-io.ts';
import { declaredOversizeUpload } from '../../test/labs/oversize-upload.ts';
import { runLabCli } from './lab-cli.ts';

function post(port: number, path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('faaslab lab', () => {
  it('lists every lab in the chosen language', async () => {
    const io = capturedCliIo();
    expect(await runLabCli(['list', '--lang', 'en'], io)).toBe(0);
    expect(io.stdout).toMatch(/^hello\s+Hello, function/m);
    expect(io.stdout.trim().split('\n')).toHaveLength(7);
  });

  it('invokes the course example like curl -d', async () => {
    const io = capturedCliIo();
    expect(await runLabCli(['invoke', 'hello', '--data', "it's john here"], io)).toBe(0);
    expect(io.stdout).toBe("Hello! You said: it's john here\n");
  });

  it('test exits 1 with expected vs got for a failing handler, 0 for the solution', async () => {
    const failing = capturedCliIo();
    expect(await runLabCli(['test', 'word-count', '--starter'], failing)).toBe(1);
    expect(failing.stdout).toMatch(
      /✗ Counts words, lines and characters\n\s+expected: status 200, JSON \{"words":6/,
    );
    const passing = capturedCliIo();
    expect(await runLabCli(['test', 'word-count'], passing)).toBe(0);
    expect(passing.stdout).toMatch(/4 of 4 checks passed/);
  });

  it('reports a handler syntax error with its line and exits 1 (what was asked failed)', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(await mkdtemp(join(tmpdir(), 'faaslab-cli-')), 'handler.js');
    await writeFile(file, 'module.exports = async () => {\n  return 1 +\n}\n');
    const io = capturedCliIo();
    expect(await runLabCli(['test', 'hello', '--handler', file], io)).toBe(1);
    expect(io.stderr).toMatch(/^handler\.js:3:\d+  error handler-syntax  Syntax error in the handler/m);
  });

  it('run serves / and /function/ID on 127.0.0.1 and logs each request', async () => {
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const io = capturedCliIo(() => stopped);
    const port = 18000 + Math.floor(Math.random() * 1000);
    const exit = runLabCli(['run', 'hello', '--port', String(port)], io);
    while (!io.stdout.includes('Ctrl+C')) await new Promise((r) => setTimeout(r, 20));
    expect(await post(port, '/function/hello', 'hi')).toEqual({ status: 200, body: 'Hello! You said: hi' });
    expect(await post(port, '/', 'root')).toEqual({ status: 200, body: 'Hello! You said: root' });
    stop();
    expect(await exit).toBe(0);
    expect(io.stderr).toMatch(/POST \/function\/hello → 200/);
  });

  it('rejects an unknown lab with exit 2', async () => {
    const io = capturedCliIo();
    expect(await runLabCli(['test', 'nope'], io)).toBe(2);
    expect(io.stderr).toMatch(/There is no lab "nope"/);
  });
});

describe('faaslab lab run under load and hostile input (issue 19, findings 7 and 10)', () => {
  async function startRun(
    handler: string,
  ): Promise<{ port: number; io: ReturnType<typeof capturedCliIo>; stop: () => Promise<number> }> {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(await mkdtemp(join(tmpdir(), 'faaslab-load-')), 'handler.js');
    await writeFile(file, handler);
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const io = capturedCliIo(() => stopped);
    const exit = runLabCli(['run', 'hello', '--port', '0', '--handler', file], io);
    while (!io.stdout.includes('Ctrl+C')) {
      if (io.stderr.includes('Error')) throw new Error(io.stderr);
      await new Promise((r) => setTimeout(r, 20));
    }
    const port = Number(/127\.0\.0\.1:(\d+)\//.exec(io.stdout)?.[1]);
    return { port, io, stop: () => (stop(), exit) };
  }

  it('answers 1,000 concurrent requests to a 20 ms handler with no 502 and no restart', async () => {
    const run = await startRun(
      'module.exports = async (event, context) => { await new Promise((r) => setTimeout(r, 20)); return context.succeed("ok") }',
    );
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true, maxSockets: 1_000 });
    const statuses = await Promise.all(
      Array.from(
        { length: 1_000 },
        () =>
          new Promise<number>((resolve) => {
            const req = request({ host: '127.0.0.1', port: run.port, path: '/', agent }, (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            });
            req.on('error', () => resolve(0));
            req.end();
          }),
      ),
    );
    agent.destroy();
    const counts: Record<number, number> = {};
    for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
    expect(counts).toEqual({ 200: 1_000 });
    expect(run.io.stderr).not.toMatch(/restarting|exit \d/);
    expect(await run.stop()).toBe(0);
  }, 60_000);

  it('passes binary bodies through byte for byte and refuses a 600 MB POST with 413, then keeps serving', async () => {
    const run = await startRun(
      'module.exports = async (event, context) => context.headers({ "content-type": "application/octet-stream" }).succeed(event.body)',
    );
    const bytes = Buffer.from([0, 255, 254, 128, 10, 13, 0xc3, 0x28]);
    const echoed = await fetch(`http://127.0.0.1:${run.port}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: bytes,
    });
    expect(Buffer.from(await echoed.arrayBuffer())).toEqual(bytes);
    const head = await declaredOversizeUpload(run.port, 1024 * 1024);
    expect(head).toMatch(/^HTTP\/1\.1 413/);
    const after = await fetch(`http://127.0.0.1:${run.port}/`, { method: 'POST', body: 'x' });
    expect(after.status).toBe(200);
    expect(await run.stop()).toBe(0);
  });

  it.each(['abc', '99999', '1.5', '1e3'])(
    'refuses --port %s with one line and exit 2, no stack trace',
    async (port) => {
      const io = capturedCliIo();
      expect(await runLabCli(['run', 'hello', '--port', port, '--lang', 'en'], io)).toBe(2);
      expect(io.stderr).toMatch(/is not a port: use an integer from 0 to 65535/);
      expect(io.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
