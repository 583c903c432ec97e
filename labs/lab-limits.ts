/** The limits most labs use: short enough that a runaway handler is stopped quickly in class. */
import type { Limits } from './runtime/contract/types.ts';

/** Lab defaults (5 s exec, 64 MB, 100 KB body, 10 s read/write, no inflight limit) with overrides. */
export function labLimits(overrides: Partial<Limits> = {}): Limits {
  return {
    execTimeoutMs: 5_000,
    memoryMb: 64,
    maxBodyBytes: 100 * 1024,
    readTimeoutMs: 10_000,
    writeTimeoutMs: 10_000,
    maxInflight: 0,
    ...overrides,
  };
}
