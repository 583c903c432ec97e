/** The `faaslab lab` command's I/O captured in strings, for its tests (English, as `LANG=en_US.UTF-8`). */
import type { LabCliIo } from '../../labs/cli/lab-cli.ts';

/** An I/O that keeps what the command wrote; `untilStopped` resolves when `lab run` should stop. */
export function capturedCliIo(
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
