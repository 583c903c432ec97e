/**
 * The cluster simulator's public surface. Other folders (the site island and view, the OpenFaaS layer, the
 * export module, labs) import only this file.
 *
 * ```ts
 * const sim = createSimulation({ seed: 42 });            // a k3s server and two agents, Traefik ingress
 * const { diagnostics, warnings } = sim.apply(yamlText, 'flaskapp.yaml');
 * sim.settle();                                          // run controllers until pods are up
 * const trace = sim.routeRequest(requestFromUrl('http://192.168.1.10/'));
 * ```
 */
export type {
  AppliedObject,
  ApplyResult,
  BackendRequest,
  BackendResponse,
  ClusterSnapshot,
  ContainerPortView,
  ContainerStateView,
  ContainerStatusView,
  DeploymentView,
  EndpointView,
  Hop,
  HopKind,
  IngressMode,
  IngressPathView,
  IngressView,
  KindExtension,
  KubeObject,
  KubectlResult,
  NodeSpec,
  NodeView,
  OperationResult,
  Packet,
  PacketRewrite,
  PodBackend,
  PodDisplayStatus,
  PodView,
  ReplicaSetView,
  RequestSource,
  ServicePortView,
  ServiceView,
  SimEvent,
  SimRequest,
  Simulation,
  SimulationOptions,
  Taint,
  Trace,
  TraceOutcome,
  ValidationResult,
  VxlanHeader,
} from './api-types.ts';
export { createSimulation, deserializeSimulation } from './simulation.ts';
export { onlyTheClockMoved } from './snapshot/clock-only.ts';
export { validateManifests } from './importer/validate-manifests.ts';
export { migrateManifests, type MigrationResult } from './importer/migrate-manifests.ts';
export { portableManifest } from './operations/export-manifests.ts';
export {
  loadSchemaValidators,
  schemaValidatorsLoaded,
  type SchemaViolation,
} from './importer/schema-validators.ts';
export { validateKubernetesObject } from './importer/validate-object.ts';
export { requestFromUrl } from './network/request-from-url.ts';
export { rulesMatchedBy, walkNat, type NatPacket, type NatVerdict } from './network/iptables-walk.ts';
export { Prng } from './model/prng.ts';
export { nodesWithArch } from './model/cluster-state.ts';
export { TimeOrderedQueue } from './model/time-ordered-queue.ts';
export { echoBackend } from './network/echo-backend.ts';
export { readNamedFiles } from './cli/read-named-files.ts';
export { createClockDriver } from './lifecycles/clock-driver.ts';
export type { ClockDriver, ClockDriverState } from './lifecycles/clock-driver.ts';

// What the Compose converter shares with the importer: the work limits and linear duplicate-key search.
export { WORK_LIMITS, type WorkLimit, type WorkLimitName } from './model/work-limits.ts';
export { DEFAULT_CLUSTER_CIDR, parseClusterCidr, type ClusterCidr } from './model/cluster-cidr.ts';
export { findDuplicateKeys, type DuplicateKey } from './importer/duplicate-keys.ts';
