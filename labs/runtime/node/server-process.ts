/**
 * One child process running a function server (server.mjs with a heap limit, or server.py): spawn it,
 * wait for "Listening on port: N", forward its output, kill it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Absolute path of the function server every Node-based runtime runs. */
export const SERVER_PATH = fileURLToPath(new URL('../function-server/server.mjs', import.meta.url));

/** A started server process. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Resolves with the exit code when the process ends (for any reason). */
  exited: Promise<number | null>;
  kill(): Promise<void>;
}

/** Options for {@link spawnServer}. */
export interface SpawnServerOptions {
  env: Record<string, string>;
  /** `--max-old-space-size` of the whole process, in MB. */
  maxOldSpaceMb: number;
  onOutput(stream: 'stdout' | 'stderr', text: string): void;
  readyTimeoutMs: number;
  signal?: AbortSignal;
}

/** Why a server process did not become ready. */
export class ServerStartFailure extends Error {
  constructor(
    readonly reason: 'exited' | 'timeout' | 'aborted',
    readonly stderr: string,
  ) {
    super(`function server ${reason}`);
  }
}

/** How to start one function server process. */
export interface ListeningCommand {
  command: string;
  args: string[];
  /**
   * How stop() ends it: SIGKILL at once, or SIGTERM first (so it can end its own children) and SIGKILL
   * a second later if it has not gone.
   */
  stopWith: 'SIGKILL' | 'SIGTERM';
}

/** Spawns server.mjs and resolves once it listens; rejects with {@link ServerStartFailure}. */
export function spawnServer(options: SpawnServerOptions): Promise<ServerProcess> {
  const args = [`--max-old-space-size=${options.maxOldSpaceMb}`, SERVER_PATH];
  return spawnListening({ command: process.execPath, args, stopWith: 'SIGKILL' }, options);
}

/**
 * Spawns a function server, forwards its output, and resolves once it prints "Listening on port: N"
 * (as of-watchdog does); rejects with {@link ServerStartFailure} when it exits, times out or is aborted.
 */
export function spawnListening(
  how: ListeningCommand,
  options: Omit<SpawnServerOptions, 'maxOldSpaceMb'>,
): Promise<ServerProcess> {
  const child = spawn(how.command, how.args, {
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // If this process ends without stop() (a crash, process.exit), the server must not outlive it.
  const orphanGuard = (): void => void child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      process.off('exit', orphanGuard);
      resolve(code);
    }),
  );
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(how.stopWith);
    const late = how.stopWith === 'SIGKILL' ? undefined : setTimeout(() => child.kill('SIGKILL'), 1_000);
    await exited;
    clearTimeout(late);
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const fail = (reason: ServerStartFailure['reason']): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void kill();
      reject(new ServerStartFailure(reason, stderr));
    };
    const timer = setTimeout(() => fail('timeout'), options.readyTimeoutMs);
    options.signal?.addEventListener('abort', () => fail('aborted'), { once: true });
    // A command that cannot be run at all (ENOENT) ends here too.
    child.on('error', () => fail('exited'));
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      options.onOutput('stdout', text);
      if (settled) return;
      stdout += text;
      const port = /Listening on port: (\d+)/.exec(stdout)?.[1];
      if (port) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, port: Number(port), exited, kill });
      }
    });
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      options.onOutput('stderr', text);
      if (!settled) stderr += text;
    });
    // Output may still be in flight when 'exit' fires; 'close' comes after the streams end.
    child.once('close', () => fail('exited'));
  });
}
