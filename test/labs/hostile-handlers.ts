/**
 * The hostile handlers of the review (issue 19, findings 2, 4, 8): one table, run against every
 * runtime by hostile-handlers-*.spec.ts. `expect` is what every runtime must answer.
 */

/** One hostile handler and what must come back. */
export interface HostileCase {
  id: string;
  handler: string;
  /** Statuses any runtime may answer (the runtimes differ only where the lesson says so). */
  statuses: number[];
  /** Text the body must contain. */
  bodyIncludes?: string;
  /** The limit the runtime must report, if any; `none` means it must not report one. */
  limit?: string | 'none';
  /** The fault must be answered as itself, not left to exec_timeout (its statuses exclude 504). */
  fast?: boolean;
  /** exec_timeout for this case, when the fault must come first even on a busy machine. */
  execTimeoutMs?: number;
  /**
   * Runtimes the case is for. QuickJS near its heap limit collects garbage on nearly every allocation
   * (tens of seconds for 64 MB of 1 MB strings), so the sandbox's memory case is sandbox-hostile.spec.ts's.
   */
  only?: 'node';
}

/** Every case, with CONTRACT_LIMITS (exec 1.5 s, 64 MB). */
export const HOSTILE_CASES: HostileCase[] = [
  {
    id: 'busy-loop',
    handler: 'module.exports = async () => { while (true) {} }',
    statuses: [504],
    limit: 'exec-timeout',
  },
  {
    id: 'memory',
    handler: "module.exports = async () => { const a = []; for (;;) a.push('x'.repeat(1 << 20) + a.length) }",
    statuses: [500],
    execTimeoutMs: 20_000,
    only: 'node',
    limit: 'memory',
  },
  {
    // Small allocations: V8 thrashes its GC near the limit and QuickJS is slow, so the deadline may
    // come first; the sandbox still says "memory" (sandbox-hostile.spec.ts), Node may say exec-timeout.
    id: 'memory-slow',
    handler: "module.exports = async () => { const a = []; for (;;) a.push('x'.repeat(1024) + a.length) }",
    statuses: [500, 504],
  },
  {
    id: 'recursion',
    handler: 'module.exports = async () => { const f = (n) => f(n + 1) + 1; return f(0) }',
    statuses: [200],
    bodyIncludes: 'RangeError',
    limit: 'none',
    fast: true,
  },
  {
    id: 'circular',
    handler: 'module.exports = async (e, c) => { const o = {}; o.self = o; return c.succeed(o) }',
    statuses: [200],
    bodyIncludes: 'circular',
    limit: 'none',
    fast: true,
  },
  {
    id: 'bigint',
    handler: 'module.exports = async (e, c) => c.succeed({ n: BigInt(1) })',
    statuses: [200],
    bodyIncludes: 'BigInt',
    limit: 'none',
    fast: true,
  },
  {
    id: 'status-99',
    handler: 'module.exports = async (e, c) => c.status(99).succeed("x")',
    statuses: [500],
    bodyIncludes: 'Invalid status code',
    fast: true,
  },
  {
    id: 'status-text',
    handler: "module.exports = async (e, c) => c.status('abc').succeed('x')",
    statuses: [500],
    bodyIncludes: 'Invalid status code',
    fast: true,
  },
  {
    id: 'header-latin1',
    handler: "module.exports = async (e, c) => c.headers({ 'x-check': '✓ ok' }).succeed('x')",
    statuses: [200],
    bodyIncludes: 'ERR_INVALID_CHAR',
    fast: true,
  },
  {
    id: 'header-name',
    handler: "module.exports = async (e, c) => c.headers({ 'bad name': 'v' }).succeed('x')",
    statuses: [200],
    bodyIncludes: 'ERR_INVALID_HTTP_TOKEN',
    fast: true,
  },
  {
    id: 'async-throw',
    handler: "module.exports = async () => { await null; throw new Error('late boom') }",
    statuses: [200],
    bodyIncludes: 'late boom',
    fast: true,
  },
  {
    id: 'log-flood',
    handler:
      "module.exports = async (e, c) => { setInterval(() => console.log('flood '.repeat(20000)), 0); for (let i = 0; i < 200; i++) console.log('line ' + i + ' ' + 'y'.repeat(50000)); return c.succeed('flooded') }",
    statuses: [200],
    bodyIncludes: 'flooded',
    fast: true,
  },
  {
    id: 'process-exit',
    handler:
      "module.exports = async () => { if (typeof process !== 'undefined' && process.exit) process.exit(3); return 'no process' }",
    statuses: [200, 500],
  },
];
