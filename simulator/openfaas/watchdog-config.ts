import { parseGoDuration } from './go-duration.ts';
import { openfaasIssue, type OpenFaaSIssue } from './openfaas-messages.ts';

/** The of-watchdog settings that shape a request's fate in the simulator. */
export interface WatchdogConfig {
  /** Upstream call limit; past it the watchdog answers 504 (executor/http_runner.go). */
  execTimeoutMs: number;
  /** Requests in flight per replica before 429; 0 = unlimited (pkg/readiness.go). */
  maxInflight: number;
}

/** exec_timeout=10s is what the node22 template's Dockerfile sets; the watchdog alone would use 30s. */
export const TEMPLATE_EXEC_TIMEOUT_MS = 10_000;

/** Reads `exec_timeout` and `max_inflight` from a function's environment. */
export function readWatchdogConfig(
  environment: Record<string, string>,
  pathPrefix = 'environment',
): { config: WatchdogConfig; issues: OpenFaaSIssue[] } {
  const issues: OpenFaaSIssue[] = [];
  const config: WatchdogConfig = { execTimeoutMs: TEMPLATE_EXEC_TIMEOUT_MS, maxInflight: 0 };
  const exec = environment.exec_timeout;
  if (exec !== undefined) {
    const ms = parseGoDuration(exec);
    if (ms === null)
      issues.push(
        openfaasIssue('openfaas-env-duration', `${pathPrefix}.exec_timeout`, {
          name: 'exec_timeout',
          value: exec,
        }),
      );
    else config.execTimeoutMs = ms;
  }
  const inflight = environment.max_inflight;
  if (inflight !== undefined) {
    const n = Number(inflight);
    if (!Number.isInteger(n) || n < 0)
      issues.push(
        openfaasIssue('openfaas-env-number', `${pathPrefix}.max_inflight`, {
          name: 'max_inflight',
          value: inflight,
        }),
      );
    else config.maxInflight = n;
  }
  return { config, issues };
}
