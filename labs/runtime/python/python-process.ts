/**
 * One child process running the Python function server (server.py) under the machine's python3:
 * find python3, spawn it, wait for "Listening on port: N", forward its output, kill it.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { spawnListening, type ServerProcess, type SpawnServerOptions } from '../node/server-process.ts';

/** Absolute path of the stdlib-only Python function server (also what the k3s export ships). */
export const PYTHON_SERVER_PATH = fileURLToPath(new URL('./server.py', import.meta.url));

/** The python3 to run (`FAASLAB_PYTHON` or `python3` on PATH) and its version, or null when none works. */
export function findPython(
  env: Record<string, string | undefined> = process.env,
): { command: string; version: string } | null {
  const command = env.FAASLAB_PYTHON || 'python3';
  const known = found.get(command);
  if (known !== undefined) return known;
  const probe = spawnSync(
    command,
    ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3]); print(sys.executable)'],
    { encoding: 'utf8', timeout: 10_000 },
  );
  const [version = '', executable = ''] = (probe.stdout ?? '').trim().split('\n');
  // server.py needs 3.8 (ThreadingHTTPServer, pass_fds).
  const minor = /^3\.(\d+)/.exec(version)?.[1];
  const result =
    probe.status === 0 && minor !== undefined && Number(minor) >= 8
      ? { command: executable.trim() || command, version }
      : null;
  found.set(command, result);
  return result;
}

// What each python command resolved to (the real executable, so a pyenv shim runs once, not per start).
const found = new Map<string, { command: string; version: string } | null>();

/** Spawns server.py with `python` and resolves once it listens; rejects with {@link ServerStartFailure}. */
export function spawnPythonServer(
  python: string,
  options: Omit<SpawnServerOptions, 'maxOldSpaceMb'>,
): Promise<ServerProcess> {
  // SIGTERM lets server.py kill its handler process too.
  return spawnListening({ command: python, args: ['-u', PYTHON_SERVER_PATH], stopWith: 'SIGTERM' }, options);
}
