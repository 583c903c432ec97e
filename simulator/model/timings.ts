/**
 * How long things take in the simulated cluster, in ms of simulation time. Behaviour as data: each row
 * cites where the figure comes from; values marked "lesson" are simplifications the lessons state.
 */
export const TIMINGS = {
  /** Image pull + container create (lesson: a warm node; real pulls vary). */
  containerCreatingMs: 2_000,
  /** A container exits promptly on SIGTERM (lesson); the cap is terminationGracePeriodSeconds (default 30 s). */
  terminatingMs: 1_000,
  /** How long a crashing container runs before it exits (lesson). */
  crashAfterMs: 3_000,
  /** Restart back-off: 10 s doubling, capped at 5 min; reset after 10 min running (pod-lifecycle.md). */
  backoffInitialMs: 10_000,
  backoffMaxMs: 300_000,
  backoffResetMs: 600_000,
  /** The kubelet's PLEG relists containers every second (pleg/generic.go relistPeriod): an exit is noticed within 1 s. */
  exitNoticedMs: 1_000,
  /** node-monitor-grace-period: a silent node turns Unknown after 50 s (40 s before v1.32: CHANGELOG-1.32.md, PR #126287). */
  nodeMonitorGraceMs: 50_000,
  /** Default tolerationSeconds for node.kubernetes.io/unreachable and not-ready (DefaultTolerationSeconds admission). */
  evictionTolerationMs: 300_000,
  /** A recovered kubelet reports Ready again (lesson). */
  nodeRecoverMs: 5_000,
  /** ClientIP session affinity default timeout: 10800 s (ServiceSpec godoc). */
  affinityTimeoutMs: 10_800_000,
} as const;
