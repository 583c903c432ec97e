/** The running simulation's interface: apply, operations, time, routing, export (kubectl: simulator/kubectl/index.ts). */
import type { ApplyResult, KubeObject } from './manifest-types.ts';
import type { IngressMode } from './simulation-options.ts';
import type { ClusterSnapshot } from './snapshot-types.ts';
import type { PodBackend, SimRequest, Trace } from './trace-types.ts';
import type { Bilingual } from '../../core/index.ts';

/** Output of one kubectl command. */
export interface KubectlResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * `get -w`: starts streaming the rows that change as the simulation runs to `emit`; returns the stop.
   * Absent for every other command.
   */
  watch?: (emit: (text: string) => void) => () => void;
}

/** Result of an operation that can fail because of the student (unknown object, invalid value). */
export interface OperationResult {
  ok: boolean;
  error: Bilingual | null;
}

/** What a delete is given besides the object (the DeleteOptions the apiserver reads). */
export interface DeleteOptions {
  /** Seconds the Pod may take to stop; 0 deletes it at once (force). Unset: the Pod's own grace period. */
  gracePeriodSeconds?: number;
}

/** A running simulated k3s cluster. */
export interface Simulation {
  /** Applies multi-document YAML, all or nothing. Never throws for the student's errors. */
  apply(yamlText: string, fileName: string): ApplyResult;
  /** Applies objects already parsed (e.g. produced by the OpenFaaS layer), all or nothing. */
  applyObjects(objects: KubeObject[], fileName: string): ApplyResult;
  /**
   * Deletes an object, e.g. `delete('Deployment', 'default', 'web')`; namespace ignored for cluster kinds.
   * `gracePeriodSeconds: 0` (DeleteOptions, `kubectl delete --force`) removes a Pod from the API at once,
   * without the kubelet's confirmation, even when its node is down; other kinds ignore the grace period.
   */
  delete(kind: string, namespace: string, name: string, options?: DeleteOptions): OperationResult;
  scale(namespace: string, deployment: string, replicas: number): OperationResult;
  /** `kubectl set image deployment/NAME CONTAINER=IMAGE`. */
  setImage(namespace: string, deployment: string, container: string, image: string): OperationResult;
  /** `kubectl rollout undo`; revision 0 means the previous one. */
  rollback(namespace: string, deployment: string, toRevision?: number): OperationResult;
  /**
   * "Crash the container": kills the Pod's first running container (exit 137); the kubelet restarts it in
   * the same Pod (RESTARTS + 1). `delete('Pod', …)` is the other way: the ReplicaSet makes a new Pod.
   */
  killPod(namespace: string, name: string): OperationResult;
  /** Pushes an image to the simulated registries (a private registry, `faas-cli push`), e.g. `registry.local:5000/ana/web:1.0`. */
  addImage(image: string, platforms?: string[]): OperationResult;
  failNode(name: string): OperationResult;
  /** The iptables rules kube-proxy (iptables mode) programs on a node, as `iptables-save` prints them; null for no such node. */
  iptablesSave(node: string): string | null;
  /**
   * What CoreDNS answers a Pod in `namespace` for `name` (resolv.conf search list, ndots:5); null is
   * NXDOMAIN. With `fromPod`, `'refused'` when that Pod's NetworkPolicies keep it from reaching CoreDNS
   * (kube-router rejects the UDP query: ICMP port unreachable).
   */
  dnsLookup(
    name: string,
    namespace: string,
    fromPod?: string,
  ): { name: string; addresses: string[] } | null | 'refused';
  recoverNode(name: string): OperationResult;
  cordon(name: string): OperationResult;
  uncordon(name: string): OperationResult;
  /** `kubectl drain`: cordon, then evict; Pods without a controller need `force` (as kubectl --force). */
  drain(name: string, options?: { force?: boolean }): OperationResult;
  setIngressMode(mode: IngressMode): void;
  /** Moves simulation time forward and runs the controllers at every due moment. */
  advance(ms: number): void;
  /** Advances until nothing is scheduled (or `maxMs` passed): pods started, rollouts done. */
  settle(maxMs?: number): void;
  /** Current simulation time in ms. */
  now(): number;
  snapshot(): ClusterSnapshot;
  /** Routes a request; Pods answer with sync backends (the echo by default). */
  routeRequest(request: SimRequest): Trace;
  /** Routes a request and awaits async Pod backends (a lab's handler). */
  routeRequestAsync(request: SimRequest, signal?: AbortSignal): Promise<Trace>;
  /** Adds a Pod backend (checked before the echo, newest first); returns its removal. */
  addBackend(backend: PodBackend): () => void;
  /** The objects the student applied, as clean YAML (no status, no defaults) that imports back to the same state. */
  exportYaml(): string;
  /** Seed, nodes, manifests and operations as a compact URL-safe string. */
  serialize(): string;
  /** Called after every change with a fresh snapshot; returns the unsubscribe. */
  subscribe(listener: (snapshot: ClusterSnapshot) => void): () => void;
}
