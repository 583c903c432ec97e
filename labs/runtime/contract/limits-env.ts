/**
 * Maps a lab's limits to the environment of-watchdog and the Node template read, so every runtime
 * (and a real cluster, through labs/export) gets the same settings.
 */
import type { Limits } from './types.ts';

/** Formats milliseconds as a Go duration string, e.g. 10000 → "10s", 1500 → "1500ms". */
export function goDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${Math.round(ms)}ms`;
}

/**
 * The watchdog/template environment for these limits, merged under the lab's own env (the lab wins).
 * exec/read/write timeouts and max_inflight: github.com/openfaas/of-watchdog config/config.go;
 * MAX_RAW_SIZE / MAX_JSON_SIZE: openfaas/templates template/node22/index.js.
 */
export function limitsToEnv(limits: Limits, env: Record<string, string> = {}): Record<string, string> {
  return {
    exec_timeout: goDuration(limits.execTimeoutMs),
    read_timeout: goDuration(limits.readTimeoutMs),
    write_timeout: goDuration(limits.writeTimeoutMs),
    max_inflight: String(limits.maxInflight),
    MAX_RAW_SIZE: String(limits.maxBodyBytes),
    MAX_JSON_SIZE: String(limits.maxBodyBytes),
    FAASLAB_MEMORY_MB: String(limits.memoryMb),
    ...env,
  };
}

/** The limits of OpenFaaS's Node template Dockerfile, for a lab that does not set its own. */
export const TEMPLATE_LIMITS: Limits = {
  execTimeoutMs: 10_000,
  readTimeoutMs: 15_000,
  writeTimeoutMs: 15_000,
  memoryMb: 128,
  maxBodyBytes: 100 * 1024,
  maxInflight: 0,
};
