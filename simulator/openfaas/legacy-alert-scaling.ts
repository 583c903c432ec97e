import type { FunctionState } from './function-state.ts';

/**
 * The Community Edition's one scaling rule, as the openfaas chart ships it (openfaas/faas-netes
 * chart/openfaas/templates/prometheus-cfg.yaml and alertmanager-cfg.yaml, commit 662ce9c):
 * `sum(rate(gateway_function_invocation_total{code="200"}[10s])) BY (function_name) > 5` held `for: 5s`,
 * evaluated every 15 s; AlertManager groups by alertname/cluster/service (so one group for all functions),
 * waits 5 s, re-checks every 10 s, repeats a still-firing alert every 30 s and sends resolved alerts to the
 * gateway's /system/alert.
 */
export const CE_ALERT_RULE = {
  alert: 'APIHighInvocationRate',
  rateWindowMs: 10_000,
  thresholdRps: 5,
  forMs: 5_000,
  evaluationIntervalMs: 15_000,
  groupWaitMs: 5_000,
  groupIntervalMs: 10_000,
  repeatIntervalMs: 30_000,
} as const;

/** The CE gateway's hard cap and default factor (openfaas/faas gateway/scaling/ranges.go: DefaultMaxReplicas 5, DefaultScalingFactor 10). */
export const CE_MAX_REPLICAS = 5;

/** A change the legacy scaling made or saw, for timelines and the load island. */
export interface ScalingEvent {
  atMs: number;
  functionName: string;
  /**
   * `pending`/`firing`/`resolved`: Prometheus's rule changed state at an evaluation. `webhook`: AlertManager
   * posted the alert (firing or resolved) to the gateway, which set the replicas `from` → `to`.
   */
  kind: 'pending' | 'firing' | 'resolved' | 'webhook';
  status?: 'firing' | 'resolved';
  replicas?: { from: number; to: number };
}

/**
 * The gateway's answer to one alert (gateway/handlers/alerthandler.go CalculateReplicas): max is capped at
 * 5, a firing alert adds ⌈max × factor / 100⌉ up to max, a resolved one goes back to min. A factor outside
 * 1–100 makes the gateway refuse to read the function (external.go "bad scaling factor"): no change.
 */
export function alertReplicas(
  status: 'firing' | 'resolved',
  current: number,
  config: { min: number; max: number; factor: number },
): number {
  if (!(config.factor >= 1 && config.factor <= 100)) return current;
  const max = Math.min(config.max, CE_MAX_REPLICAS);
  const step = Math.ceil((max / 100) * config.factor);
  if (status === 'firing' && step > 0) return Math.min(current + step, max);
  return config.min;
}

interface Group {
  nextFlushMs: number;
  lastNotifiedMs: number | null;
  /** Per function: the alert's status and whether that status has been sent yet. */
  alerts: Map<string, { status: 'firing' | 'resolved'; sent: boolean }>;
}

/**
 * Prometheus's rule evaluation plus AlertManager's grouping, on the simulation clock. `run` is called every
 * few seconds; it evaluates when an evaluation is due, flushes the group when its timer is due, and asks
 * the platform to set replicas for each alert the webhook carries.
 */
export class LegacyAlertScaling {
  private nextEvalMs: number;
  private readonly phase = new Map<string, { state: 'pending' | 'firing'; sinceMs: number }>();
  private group: Group | null = null;

  constructor(startMs: number) {
    this.nextEvalMs = startMs + CE_ALERT_RULE.evaluationIntervalMs;
  }

  /** The rule's state for a function now (null when inactive). */
  state(name: string): 'pending' | 'firing' | null {
    return this.phase.get(name)?.state ?? null;
  }

  /** Evaluates and flushes what is due at `nowMs`; returns what happened. */
  run(
    nowMs: number,
    fns: ReadonlyMap<string, FunctionState>,
    setReplicas: (name: string, replicas: number) => void,
  ): ScalingEvent[] {
    const events: ScalingEvent[] = [];
    while (nowMs >= this.nextEvalMs) {
      this.evaluate(this.nextEvalMs, fns, events);
      this.nextEvalMs += CE_ALERT_RULE.evaluationIntervalMs;
    }
    const g = this.group;
    if (g && nowMs >= g.nextFlushMs) this.flush(g, nowMs, fns, setReplicas, events);
    return events;
  }

  private evaluate(atMs: number, fns: ReadonlyMap<string, FunctionState>, events: ScalingEvent[]): void {
    for (const [name, fn] of fns) {
      const rps =
        fn.successesBetween(atMs - CE_ALERT_RULE.rateWindowMs, atMs) / (CE_ALERT_RULE.rateWindowMs / 1000);
      const current = this.phase.get(name);
      if (rps > CE_ALERT_RULE.thresholdRps) {
        if (!current) {
          this.phase.set(name, { state: 'pending', sinceMs: atMs });
          events.push({ atMs, functionName: name, kind: 'pending' });
        } else if (current.state === 'pending' && atMs - current.sinceMs >= CE_ALERT_RULE.forMs) {
          current.state = 'firing';
          events.push({ atMs, functionName: name, kind: 'firing' });
          this.receive(name, 'firing', atMs);
        }
      } else if (current) {
        this.phase.delete(name);
        if (current.state === 'firing') {
          events.push({ atMs, functionName: name, kind: 'resolved' });
          this.receive(name, 'resolved', atMs);
        }
      }
    }
    for (const name of this.phase.keys()) if (!fns.has(name)) this.phase.delete(name);
  }

  /** AlertManager takes an alert from Prometheus: a new group waits group_wait before its first message. */
  private receive(name: string, status: 'firing' | 'resolved', atMs: number): void {
    if (!this.group) {
      if (status === 'resolved') return;
      this.group = { nextFlushMs: atMs + CE_ALERT_RULE.groupWaitMs, lastNotifiedMs: null, alerts: new Map() };
    }
    this.group.alerts.set(name, { status, sent: false });
  }

  private flush(
    g: Group,
    nowMs: number,
    fns: ReadonlyMap<string, FunctionState>,
    setReplicas: (name: string, replicas: number) => void,
    events: ScalingEvent[],
  ): void {
    const changed = [...g.alerts.values()].some((a) => !a.sent);
    const repeat = g.lastNotifiedMs !== null && nowMs - g.lastNotifiedMs >= CE_ALERT_RULE.repeatIntervalMs;
    if (changed || repeat) {
      // The webhook carries every alert of the group; the gateway scales each function named in it.
      for (const [name, alert] of g.alerts) {
        const fn = fns.get(name);
        if (fn) {
          const from = fn.desiredReplicas;
          const to = alertReplicas(alert.status, from, fn.scaling);
          if (to !== from) setReplicas(name, to);
          events.push({
            atMs: nowMs,
            functionName: name,
            kind: 'webhook',
            status: alert.status,
            replicas: { from, to },
          });
        }
        alert.sent = true;
        if (alert.status === 'resolved') g.alerts.delete(name);
      }
      g.lastNotifiedMs = nowMs;
    }
    g.nextFlushMs += CE_ALERT_RULE.groupIntervalMs;
    if (g.alerts.size === 0) this.group = null;
  }
}
