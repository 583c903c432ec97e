/**
 * Runs kubectl as a child process with a timeout, and tells "kubectl is not installed" apart from
 * "kubectl ran and failed", so the deploy command can say exactly what is missing.
 */
import { spawn } from 'node:child_process';

/** What one kubectl run gave. `missing` is true when no kubectl is on PATH. */
export interface KubectlRun {
  missing: boolean;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link runKubectl}. */
export interface KubectlOptions {
  env: Record<string, string | undefined>;
  /** The kubeconfig context (`--context`), if any. */
  context?: string;
  stdin?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Runs `kubectl [--context CTX] ARGS…`; never throws for kubectl's own failures. */
export function runKubectl(args: readonly string[], options: KubectlOptions): Promise<KubectlRun> {
  const full = [...(options.context ? ['--context', options.context] : []), ...args];
  return new Promise((resolve) => {
    const child = spawn('kubectl', full, {
      env: options.env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    // Our own timer, cleared on every ending: spawn's `timeout` keeps the process alive after ENOENT.
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
    }, options.timeoutMs ?? 30_000);
    const finish = (run: KubectlRun) => {
      clearTimeout(timer);
      resolve(run);
    };
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish({ missing: error.code === 'ENOENT', exitCode: -1, stdout, stderr: stderr || error.message });
    });
    child.on('close', (code) => {
      finish({
        missing: false,
        exitCode: code ?? -1,
        stdout,
        stderr: timedOut ? `${stderr}kubectl did not finish in ${options.timeoutMs ?? 30_000} ms` : stderr,
      });
    });
    child.stdin.on('error', () => {}); // kubectl may exit before reading its input; its exit code says why
    child.stdin.end(options.stdin ?? '');
  });
}
