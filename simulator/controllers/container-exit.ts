/**
 * How a container's command ends, read from its `command`/`args` for the shell forms a lesson uses:
 * `exit N`, `false` (1), `true` (0), `sleep S` (0 after S s) and `sleep S; exit N` / `sleep S && exit N`.
 * Anything else is taken to run until stopped (a server). The simulator runs no process; it knows how
 * these few forms end, as POSIX sh defines them (`true`/`false`/`exit` are shell built-ins or coreutils).
 */
export interface ContainerExit {
  code: number;
  afterMs: number;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const base = (arg: string): string => arg.slice(arg.lastIndexOf('/') + 1);

/** One shell step: `exit N`, `true`, `false`, `sleep S`; null when it is something else. */
function step(text: string): { code: number | null; sleepMs: number } | null {
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = /^exit(?:\s+(\d{1,3}))?$/.exec(t))) return { code: Number(m[1] ?? 0) % 256, sleepMs: 0 };
  if (t === 'true' || t === ':') return { code: 0, sleepMs: 0 };
  if (t === 'false') return { code: 1, sleepMs: 0 };
  if ((m = /^sleep\s+(\d+(?:\.\d+)?)s?$/.exec(t))) return { code: null, sleepMs: Number(m[1]) * 1000 };
  return null;
}

/** A `sh -c` script made only of the steps above, joined by `;`, `&&` or newlines. */
function script(text: string): ContainerExit | null {
  const parts = text.split(/;|&&|\n/).filter((p) => p.trim() !== '');
  if (parts.length === 0) return null;
  let afterMs = 0;
  for (const part of parts) {
    const s = step(part);
    if (!s) return null;
    afterMs += s.sleepMs;
    // `false && …` stops at false; `false; …` would go on, but lessons write one or the other plainly.
    if (s.code !== null) return { code: s.code, afterMs };
  }
  return { code: 0, afterMs };
}

/** How the container's argv (command then args) ends, or null when it keeps running. */
export function containerExit(command: readonly string[], args: readonly string[]): ContainerExit | null {
  const argv = [...command, ...args];
  if (argv.length === 0) return null; // the image's own entrypoint: a server in every course image
  const program = base(argv[0]!);
  if (SHELLS.has(program) && argv[1] === '-c' && argv[2] !== undefined) return script(argv[2]);
  if (program === 'true') return { code: 0, afterMs: 0 };
  if (program === 'false') return { code: 1, afterMs: 0 };
  if (program === 'sleep' && argv.length === 2) return script(argv.join(' '));
  return null;
}

/** `5s`, `1m`, `1m30s`, `1500ms` or a bare number of seconds → ms; null when it is not a duration. */
export function parseDurationMs(text: string): number | null {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t) * 1000;
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
  let total = 0;
  let consumed = 0;
  for (const m of t.matchAll(re)) {
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms' | 's' | 'm' | 'h'];
    total += Number(m[1]) * unit;
    consumed += m[0].length;
  }
  return consumed === t.length && consumed > 0 ? total : null;
}
