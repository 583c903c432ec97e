/**
 * A faithful fake of the @webcontainer/api calls the WebContainer runtime makes (boot, mount,
 * spawn with a merged output stream and an exit promise, the 'server-ready' event, teardown). `node`
 * really runs in a child process on a free port, which the fake reports as the container's port 8080,
 * so the contract suite exercises the real server.mjs. WebContainers cannot boot on our machines.
 */
import { spawn as spawnChild } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Container, ContainerApi, ContainerProcess } from '../../labs/runtime/webcontainer/index.ts';

/** How the fake behaves. */
export interface FakeOptions {
  /** 'hang': boot never settles (offline); 'fail': boot rejects. */
  boot?: 'ok' | 'hang' | 'fail';
}

/** The API calls seen, in order, e.g. `boot`, `mount handler.js,package.json,server.mjs`, `spawn npm install`. */
export type CallLog = string[];

function processFrom(
  write: (push: (text: string) => void) => Promise<number>,
  kill: () => void,
): ContainerProcess {
  let push!: (text: string) => void;
  let close!: () => void;
  const output = new ReadableStream<string>({
    start(controller) {
      push = (text) => controller.enqueue(text);
      close = () => controller.close();
    },
  });
  const exit = write((text) => push(text)).then((code) => (close(), code));
  return { output, exit, kill };
}

class FakeContainer implements Container {
  private dir: Promise<string> = mkdtemp(join(tmpdir(), 'faaslab-wc-'));
  private readonly listeners = new Map<string, Set<(...args: never[]) => void>>();

  constructor(private readonly calls: CallLog) {}

  async mount(tree: Record<string, { file: { contents: string } }>): Promise<void> {
    this.calls.push(`mount ${Object.keys(tree).sort().join(',')}`);
    const dir = await this.dir;
    for (const [name, entry] of Object.entries(tree)) await writeFile(join(dir, name), entry.file.contents);
  }

  async spawn(
    command: string,
    args: string[],
    options: { env?: Record<string, string> } = {},
  ): Promise<ContainerProcess> {
    this.calls.push(`spawn ${command} ${args.join(' ')}`.trim());
    const dir = await this.dir;
    if (command === 'npm') {
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as {
        dependencies?: Record<string, string>;
      };
      const deps = Object.keys(pkg.dependencies ?? {});
      return processFrom(
        async (push) => {
          // No registry here: an empty dependency list installs, anything else fails as npm does offline.
          if (deps.length) {
            push(
              `npm ERR! code ENOTFOUND\nnpm ERR! request to https://registry.npmjs.org/${deps[0]} failed\n`,
            );
            return 1;
          }
          push('\nup to date in 120ms\n');
          return 0;
        },
        () => {},
      );
    }
    if (command !== 'node') throw new Error(`fake WebContainer: no ${command}`);
    const env = { ...options.env, port: '0', PATH: process.env.PATH ?? '' };
    const child = spawnChild(process.execPath, args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    return processFrom(
      (push) =>
        new Promise<number>((resolve) => {
          let seen = '';
          const onData = (chunk: Buffer): void => {
            const text = chunk.toString('utf8');
            push(text);
            seen += text;
            const port = /Listening on port: (\d+)/.exec(seen)?.[1];
            if (port) {
              seen = '';
              this.emit('server-ready', 8080, `http://127.0.0.1:${port}`);
            }
          };
          child.stdout.on('data', onData);
          child.stderr.on('data', onData);
          child.on('close', (code) => resolve(code ?? 1));
        }),
      () => child.kill('SIGKILL'),
    );
  }

  on(event: 'server-ready' | 'error', listener: (...args: never[]) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  private emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => void)(...args);
  }

  teardown(): void {
    this.calls.push('teardown');
    void this.dir.then((dir) => rm(dir, { recursive: true, force: true }));
  }
}

/** A fake `WebContainer` API and the log of calls made to it. */
export function createFakeWebContainerApi(options: FakeOptions = {}): { api: ContainerApi; calls: CallLog } {
  const calls: CallLog = [];
  const api: ContainerApi = {
    boot() {
      calls.push('boot');
      if (options.boot === 'hang') return new Promise(() => {});
      if (options.boot === 'fail') return Promise.reject(new Error('Unable to create more instances'));
      return Promise.resolve(new FakeContainer(calls));
    },
  };
  return { api, calls };
}

/** A preflight environment that passes (isolated, StackBlitz reachable). */
export const ONLINE = { crossOriginIsolated: true, probe: () => Promise.resolve() };
