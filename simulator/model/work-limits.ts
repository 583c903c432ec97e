/**
 * How much work one student action may ask of the simulator, with the real Kubernetes figure beside
 * ours. The simulator runs in a browser tab on a phone as well as in Node, so its limits sit well under
 * the real ones; each is checked where the value is written (a YAML field, a CLI flag, a share link's
 * operation) and refused with a positioned, bilingual diagnostic before any work starts. The figures keep
 * every single action under 2 s of CPU (bench/simulator-scheduling: 10,000 replicas apply and settle in
 * about 0.35 s on the 2-core CI machine).
 *
 * Real figures: kubernetes.io/docs/setup/best-practices/cluster-large/ ("No more than 110 pods per node,
 * no more than 5,000 nodes, no more than 150,000 total pods"); kube-apiserver's request body limit is
 * 3 MB (--max-request-bytes); spec.replicas is an int32; the NodePort range 30000–32767 holds 2,768 ports.
 */

/** One limit: our figure, the real one, and where the real one comes from. */
export interface WorkLimit {
  /** Our limit. */
  readonly ours: number;
  /** The real Kubernetes / OpenFaaS figure, as text (some are "no limit"). */
  readonly kubernetes: { readonly es: string; readonly en: string };
}

/** Every limit, by name. */
export const WORK_LIMITS = {
  /** spec.replicas of one Deployment, ReplicaSet or StatefulSet, and `scale --replicas`. */
  replicas: {
    ours: 10_000,
    kubernetes: {
      es: 'int32 (2.147.483.647); 150.000 Pods por clúster',
      en: 'int32 (2,147,483,647); 150,000 Pods per cluster',
    },
  },
  /** Pods the whole simulated cluster may be asked for in one apply. */
  clusterPods: {
    ours: 15_000,
    kubernetes: { es: '150.000 Pods por clúster', en: '150,000 Pods per cluster' },
  },
  /** Pods on one node (the kubelet's --max-pods default: the same as Kubernetes). */
  podsPerNode: { ours: 110, kubernetes: { es: '110 Pods por nodo', en: '110 Pods per node' } },
  /** Nodes of a simulated cluster. */
  nodes: { ours: 500, kubernetes: { es: '5.000 nodos', en: '5,000 nodes' } },
  /**
   * Nodes of a course scenario, which is loaded by name and reviewed with the course (never from a share
   * link, which keeps the 500 above): up to Kubernetes' own envelope, for the big-cluster scenario.
   */
  scenarioNodes: { ours: 5_000, kubernetes: { es: '5.000 nodos', en: '5,000 nodes' } },
  /** Objects (YAML documents) in one apply. */
  objectsPerApply: {
    ours: 500,
    kubernetes: {
      es: 'sin límite por apply; 3 MB por petición al apiserver',
      en: 'no per-apply limit; 3 MB per apiserver request',
    },
  },
  /** Requests per second of `sim load` (--rps and every --burst). */
  requestRate: {
    ours: 10_000,
    kubernetes: { es: 'sin límite fijo (lo marca el hardware)', en: 'no fixed limit (the hardware sets it)' },
  },
  /** Requests one `sim load` run may simulate in total. */
  loadRequests: {
    ours: 2_000_000,
    kubernetes: { es: 'sin límite fijo', en: 'no fixed limit' },
  },
  /** Bytes of one YAML apply (simulator/importer MAX_INPUT_BYTES mirrors it). */
  inputBytes: {
    ours: 1024 * 1024,
    kubernetes: { es: '3 MB por petición al apiserver', en: '3 MB per apiserver request' },
  },
  /** Bytes of one Compose file. */
  composeBytes: {
    ours: 1024 * 1024,
    kubernetes: { es: 'Compose no fija límite', en: 'Compose sets no limit' },
  },
} as const satisfies Record<string, WorkLimit>;

/** The name of one limit. */
export type WorkLimitName = keyof typeof WORK_LIMITS;
