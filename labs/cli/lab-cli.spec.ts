/** `faaslab lab …` end to end with captured output (Node runtime underneath). */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { runLabCli, type LabCliIo } from './lab-cli.ts';

function capture(
  untilStopped: () => Promise<void> = async () => {},
): LabCliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    env: { LANG: 'en_US.UTF-8' },
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
    untilStopped,
  };
  return io;
}

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
    const io = capture();
    expect(await runLabCli(['list', '--lang', 'en'], io)).toBe(0);
    expect(io.stdout).toMatch(/^hello\s+Hello, function/m);
    expect(io.stdout.trim().split('\n')).toHaveLength(7);
  });

  it('invokes the course example like curl -d', async () => {
    const io = capture();
    expect(await runLabCli(['invoke', 'hello', '--data', "it's john here"], io)).toBe(0);
    expect(io.stdout).toBe("Hello! You said: it's john here\n");
  });

  it('test exits 1 with expected vs got for a failing handler, 0 for the solution', async () => {
    const failing = capture();
    expect(await runLabCli(['test', 'word-count', '--starter'], failing)).toBe(1);
    expect(failing.stdout).toMatch(
      /✗ Counts words, lines and characters\n\s+expected: status 200, JSON \{"words":6/,
    );
    const passing = capture();
    expect(await runLabCli(['test', 'word-count'], passing)).toBe(0);
    expect(passing.stdout).toMatch(/4 of 4 checks passed/);
  });

  it('reports a handler syntax error with its line and exits 1 (what was asked failed)', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(await mkdtemp(join(tmpdir(), 'faaslab-cli-')), 'handler.js');
    await writeFile(file, 'module.exports = async () => {\n  return 1 +\n}\n');
    const io = capture();
    expect(await runLabCli(['test', 'hello', '--handler', file], io)).toBe(1);
    expect(io.stderr).toMatch(/^handler\.js:3:\d+  error handler-syntax  Syntax error in the handler/m);
  });

  it('run serves / and /function/ID on 127.0.0.1 and logs each request', async () => {
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const io = capture(() => stopped);
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
    const io = capture();
    expect(await runLabCli(['test', 'nope'], io)).toBe(2);
    expect(io.stderr).toMatch(/There is no lab "nope"/);
  });
});
