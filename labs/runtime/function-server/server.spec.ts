/**
 * The function server on its own: the shared contract's parsers, its self-containment (the sandbox
 * evaluates its source text), its notices, and the files as the export ships them — `node server.mjs`
 * from a read-only directory.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SERVER_PATH } from '../node/server-process.ts';
import { loadFunctionServerFiles } from '../../export/function-server-files.ts';
import { contractSource } from './function-contract.mjs';
import { functionContract } from './server.mjs';
import { serverNotices } from './server-notices.mjs';
import { logLineText } from '../contract/log-line-text.ts';

const host = { makeRaw: () => undefined, isBytes: () => false, logError: () => {}, warn: () => {} };
const contract = functionContract(host);

describe('functionContract', () => {
  it.each([
    ['10s', 10_000],
    ['500ms', 500],
    ['1m30s', 90_000],
    ['1.5s', 1_500],
    ['2', 2_000],
    ['1h', 3_600_000],
    ['nonsense', 42],
    ['5x', 42],
    ['', 42],
  ])('parses the Go duration %s', (text, ms) => {
    expect(contract.parseDuration(text, 42)).toBe(ms);
  });

  it.each([
    ['100kb', 102_400],
    ['1mb', 1_048_576],
    ['2048', 2_048],
    ['1.5kb', 1_536],
    ['lots', 7],
  ])('parses the size %s', (text, bytes) => {
    expect(contract.parseBytes(text, 7)).toBe(bytes);
  });

  it('parses queries as node:querystring does', () => {
    expect(contract.parseQuery('a=1&a=2&b=x+y&c&d=%C3%B1')).toEqual({
      a: ['1', '2'],
      b: 'x y',
      c: '',
      d: 'ñ',
    });
  });

  it('reads the watchdog environment with the node22 template defaults', () => {
    expect(contract.readConfig({})).toMatchObject({
      port: 8080,
      execTimeoutMs: 10_000,
      readTimeoutMs: 15_000,
      writeTimeoutMs: 15_000,
      maxInflight: 0,
      rawBody: false,
      maxRawBytes: 102_400,
    });
    expect(
      contract.readConfig({ port: '3000', exec_timeout: '2s', max_inflight: '4', RAW_BODY: 'true' }),
    ).toMatchObject({ port: 3000, execTimeoutMs: 2_000, maxInflight: 4, rawBody: true });
  });

  it('is self-contained: its source text works in an empty context (as inside QuickJS)', () => {
    const source = `(${contractSource()})({ makeRaw() {}, isBytes() { return false }, logError() {}, warn() {} }).parseDuration('3s', 0)`;
    expect(runInNewContext(source, {})).toBe(3_000);
  });

  it('passes a status beyond 599 through, as Express 5 does, with no notice', async () => {
    const warned: string[] = [];
    const noisy = functionContract({ ...host, warn: (text) => warned.push(text) });
    const answer = (await noisy.handle(
      (_event: unknown, context: { status(code: number): { succeed(value: string): void } }) =>
        context.status(700).succeed('x'),
      { method: 'GET', url: '/', headers: {}, hasBody: false, text: '', byteLength: 0 },
      noisy.readConfig({}),
    )) as { status: number; headers: Record<string, string> };
    expect(answer.status).toBe(700);
    expect(warned).toEqual([]);
  });

  it('reads back only its own notice lines', () => {
    const notices = serverNotices();
    const line = notices.noticeLine('thrown-keeps-status', { status: 201 });
    expect(notices.readNotice(line)?.es).toContain('con el estado ya fijado (201)');
    expect(notices.readNotice('[faaslab:unknown] x\t{}')).toBeNull();
    expect(notices.readNotice('[faaslab:thrown-keeps-status] x\t{broken')).toBeNull();
    expect(logLineText('plain handler output\t{"a":1}', 'es')).toBe('plain handler output\t{"a":1}');
  });
});

describe('the function server as shipped', () => {
  const files = loadFunctionServerFiles();

  it('imports nothing but its own files and Node built-ins', () => {
    for (const [name, raw] of Object.entries(files)) {
      const text = raw.replace(/^\s*\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map(
        (m) => m[1]!,
      );
      for (const specifier of specifiers) {
        expect(specifier, name).toMatch(/^\.\/[a-z-]+\.mjs$/);
        expect(Object.keys(files), name).toContain(specifier.slice(2));
      }
      // Module names it loads at run time are all node: built-ins (no npm package).
      expect(text, name).not.toMatch(/require\(\s*['"](?!node:)/);
      expect(text, name).not.toMatch(/import\(\s*['"]/);
    }
  });

  it('serves the handler beside it from a read-only directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faaslab-ro-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    await writeFile(
      join(dir, 'handler.js'),
      "module.exports = async (event, context) => context.status(201).succeed('read-only ok ' + event.method)",
    );
    await chmod(dir, 0o555);
    const server = await startServer(join(dir, 'server.mjs'), {});
    try {
      const response = await fetch(`${server.url}/`, { method: 'PUT' });
      expect(response.status).toBe(201);
      expect(await response.text()).toBe('read-only ok PUT');
      expect(response.headers.get('x-duration-seconds')).toMatch(/^\d+\.\d+$/);
      expect((await fetch(`${server.url}/_/health`)).status).toBe(200);
      expect((await fetch(`${server.url}/_/health`, { method: 'POST' })).status).toBe(405);
    } finally {
      server.kill();
      await chmod(dir, 0o755);
    }
  });

  it('loads an ES module handler given by HANDLER_PATH', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'faaslab-esm-'));
    await writeFile(
      join(dir, 'fn.mjs'),
      'export default async (event, context) => context.succeed({ esm: true, q: event.query })',
    );
    const server = await startServer(SERVER_PATH, { HANDLER_PATH: join(dir, 'fn.mjs') });
    try {
      expect(await (await fetch(`${server.url}/?a=1`)).json()).toEqual({ esm: true, q: { a: '1' } });
    } finally {
      server.kill();
    }
  });
});

/** Runs server.mjs on a free port and resolves once it listens. */
function startServer(path: string, env: Record<string, string>): Promise<{ url: string; kill: () => void }> {
  const child = spawn(process.execPath, [path], { env: { port: '0', PATH: process.env.PATH ?? '', ...env } });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Listening on port: (\d+)/.exec(out);
      if (match) resolve({ url: `http://127.0.0.1:${match[1]}`, kill: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`server.mjs exited ${code}`)));
  });
}
