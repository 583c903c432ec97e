/**
 * A guided scenario as data: the cluster to start from (seed, nodes, ingress mode, manifests) and the
 * steps a student works through, each checked by a declarative predicate (see step-check.ts).
 */
import type { HopKind, IngressMode, NodeSpec } from '../index.ts';
import type { Bilingual } from '../../core/index.ts';

/** One manifest file of a scenario, already read (its `text` is YAML). */
export interface ScenarioManifest {
  file: string;
  text: string;
}

/**
 * What a step checks. Exactly one key per check, a small vocabulary interpreted by `checkStep`,
 * so scenarios stay data (DESIGN.md: behaviour as data).
 */
export type StepCheck =
  | { podRunning: { ns?: string; name?: string; labels?: Record<string, string> } }
  | { podRestarted: { ns?: string; name: string } }
  | { serviceHasNodePort: { ns?: string; name: string; port: number } }
  | { serviceHasLoadBalancerIP: { ns?: string; name: string } }
  | { serviceHasEndpoints: { ns?: string; name: string; min?: number } }
  | { deploymentReady: { ns?: string; name: string; replicas: number } }
  | { deploymentImage: { ns?: string; name: string; image: string } }
  | { nodeReady: { name: string; ready: boolean } }
  | { readyPodsAvoidNode: { ns?: string; labels: Record<string, string>; node: string; min: number } }
  | { requestSucceeds: RequestMatch }
  | { requestFails: RequestMatch & { status?: number; at?: HopKind } }
  | { allOf: StepCheck[] };

/** Which of the student's requests a request check looks at. */
export interface RequestMatch {
  /** The entry hop kind: `node-port`, `load-balancer`, `ingress-controller`, or `pod` for a request from a pod. */
  via?: HopKind | 'pod';
  /** The entry node (name or IP) for `node-port`. */
  node?: string;
  /** `namespace/name` of the Service that must be reached. */
  service?: string;
  /** Request host and path prefix. */
  host?: string;
  path?: string;
  /** The answering Pod runs on another node than `node` (kube-proxy forwarded across nodes). */
  crossNode?: boolean;
}

/** One step of a guided scenario. */
export interface ScenarioStep {
  id: string;
  goal: Bilingual;
  hint: Bilingual;
  check: StepCheck;
}

/** A request form preset for the island's "send a request" control. */
export interface RequestPreset {
  label: Bilingual;
  url: string;
  /** Send from inside this pod (`namespace/name`) instead of the external client. */
  fromPod?: string;
}

/** A scenario, ready to run. */
export interface Scenario {
  id: string;
  title: Bilingual;
  description: Bilingual;
  seed: number;
  nodes: NodeSpec[] | number;
  ingressMode: IngressMode;
  /** k3s `--cluster-cidr` when the scenario needs more than 256 nodes' Pod CIDRs (SimulationOptions.clusterCidr). */
  clusterCidr?: string;
  /** Images the scenario's registries hold besides the built-in catalogue (SimulationOptions.images). */
  images: Array<{ image: string; platforms?: string[] }>;
  manifests: ScenarioManifest[];
  /** Run the controllers until the cluster is steady before the student starts (default true). */
  settle: boolean;
  requests: RequestPreset[];
  steps: ScenarioStep[];
}
