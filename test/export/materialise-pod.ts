/**
 * Runs a Deployment's container on this machine the way the kubelet would, as far as a test can: every
 * volume mount is materialised under a temp root (ConfigMap items written with their paths and mode,
 * emptyDirs created), then the container's exact command runs with the container's env — absolute paths
 * under a mount are rewritten to the temp root, `node` is this Node (`python3` this machine's), and `port` may be moved to a free one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

interface ContainerSpec {
  command: string[];
  env?: Array<{ name: string; value: string }>;
  volumeMounts?: Array<{ name: string; mountPath: string }>;
}
interface VolumeSpec {
  name: string;
  configMap?: { name: string; defaultMode?: number; items?: Array<{ key: string; path: string }> };
  emptyDir?: object;
}
interface ConfigMapSpec {
  metadata: { name: string };
  data: Record<string, string>;
}

/** A started container: where it listens and how to stop it. */
export interface MaterialisedPod {
  root: string;
  port: number;
  env: Record<string, string>;
  argv: string[];
  process: ChildProcess;
  stderr: () => string;
  /** Resolves once GET `path` answers 200 (the probe), rejects if the server exits or the time runs out. */
  ready(path: string, timeoutMs?: number): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** Writes the pod's volumes under a temp dir and starts its first container's command there. */
export function startContainer(
  pod: { containers: ContainerSpec[]; volumes?: VolumeSpec[] },
  configMaps: ConfigMapSpec[],
  port: number,
): MaterialisedPod {
  const container = pod.containers[0];
  if (!container) throw new Error('the pod has no container');
  const root = mkdtempSync(join(tmpdir(), 'faaslab-pod-'));
  const mounts = container.volumeMounts ?? [];
  for (const mount of mounts) {
    const volume = pod.volumes?.find((v) => v.name === mount.name);
    const target = join(root, mount.mountPath);
    mkdirSync(target, { recursive: true });
    if (volume?.configMap) {
      const cm = configMaps.find((c) => c.metadata.name === volume.configMap?.name);
      if (!cm) throw new Error(`ConfigMap ${volume.configMap.name} is not in the export`);
      const items = volume.configMap.items ?? Object.keys(cm.data).map((key) => ({ key, path: key }));
      for (const item of items) {
        const file = join(target, item.path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, cm.data[item.key] ?? '');
        chmodSync(file, volume.configMap.defaultMode ?? 0o644);
      }
    }
  }
  // Longest mount first, so /app/function would win over /app.
  const sorted = [...mounts].sort((a, b) => b.mountPath.length - a.mountPath.length);
  const rewrite = (value: string) => {
    const mount = sorted.find((m) => value === m.mountPath || value.startsWith(`${m.mountPath}/`));
    return mount ? join(root, value) : value;
  };
  const env: Record<string, string> = {};
  for (const { name, value } of container.env ?? []) env[name] = rewrite(value);
  env.port = String(port);
  const [program, ...args] = container.command;
  // `node` is this Node; `python3` is this machine's (FAASLAB_PYTHON or PATH), for Python labs.
  if (program !== 'node' && program !== 'python3')
    throw new Error(`only node and python3 commands can run here, got ${program}`);
  const argv = args.map(rewrite);
  const executable = program === 'node' ? process.execPath : process.env.FAASLAB_PYTHON || 'python3';
  const child = spawn(executable, argv, {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  return {
    root,
    port,
    env,
    argv,
    process: child,
    stderr: () => stderr,
    async ready(path, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`);
        try {
          if (
            (await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(1000) })).status ===
            200
          )
            return;
        } catch {
          // not listening yet
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${path} did not answer 200 within ${timeoutMs} ms: ${stderr}`);
    },
    async [Symbol.asyncDispose]() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
