import * as yamlModule from 'yaml';
import type {
  ApplyResult,
  ClusterSnapshot,
  DeleteOptions,
  IngressMode,
  KubeObject,
  OperationResult,
  PodBackend,
  SimRequest,
  Simulation,
  SimulationOptions,
  Trace,
} from './api-types.ts';
import { ControlPlane } from './controllers/control-plane.ts';
import { admitObjects, manifestKey } from './controllers/object-admission.ts';
import { importManifests, runStage, type ImportedObject } from './importer/import-manifests.ts';
import { K3S_ADDONS_YAML, K3S_NAMESPACES } from './model/k3s-addons.ts';
import type { SimulationInternals } from './model/simulation-internals.ts';
import { ClusterIPAllocator } from './network/cluster-ip-allocator.ts';
import { NodePortAllocator } from './network/node-port-allocator.ts';
import { exportManifests } from './operations/export-manifests.ts';
import { WorkloadOperations } from './operations/workload-operations.ts';
import { decodeRecording, encodeRecording, type Operation, type Recording } from './operations/recording.ts';
import { runOperation } from './operations/run-operation.ts';
import { RequestRouter } from './request-router.ts';
import { buildSnapshot } from './snapshot/build-snapshot.ts';
import { BuildMark } from './model/build-mark.ts';

const DEFAULT_SETTLE_MS = 60_000;

/** The Simulation implementation; see {@link Simulation} for the contract. */
class SimulatedCluster implements Simulation {
  private readonly cp: ControlPlane;
  private readonly allocators: { clusterIPs: ClusterIPAllocator; nodePorts: NodePortAllocator };
  private readonly manifests = new Map<string, KubeObject>();
  private readonly ops: Operation[] = [];
  private readonly listeners = new Set<(s: ClusterSnapshot) => void>();
  /** Told of every change or clock move without a snapshot (see {@link onChange}). */
  private readonly changeListeners = new Set<() => void>();
  private readonly workloads: WorkloadOperations;
  private readonly router: RequestRouter;
  private replaying = false;
  /** The last snapshot built, and what it was built from (a clock tick that changed nothing reuses it). */
  private lastSnapshot: ClusterSnapshot | null = null;
  private readonly snapshotMark = new BuildMark();
  /** Objects expanded from custom kinds, by parent `Kind/ns/name`: deleted with their parent. */
  private readonly derived = new Map<string, Array<[string, string, string]>>();

  constructor(private readonly options: SimulationOptions) {
    this.cp = new ControlPlane({
      seed: options.seed,
      nodes: options.nodes,
      startMs: options.clock?.startMs,
      speedup: options.clock?.speedup,
      images: options.images,
      clusterCidr: options.clusterCidr,
    });
    this.allocators = {
      clusterIPs: new ClusterIPAllocator(this.cp.engine.prng),
      nodePorts: new NodePortAllocator(this.cp.engine.prng),
    };
    this.router = new RequestRouter(this.cp, options, options.ingressMode ?? 'traefik');
    this.workloads = new WorkloadOperations(this.cp, this.manifests, this.allocators);
    for (const ns of K3S_NAMESPACES) this.cp.state.namespaces.set(ns, { manifest: null, system: true });
    const addons = importManifests(K3S_ADDONS_YAML, 'k3s-addons.yaml');
    if (addons.diagnostics.length)
      throw new Error(`k3s add-ons do not validate: ${addons.diagnostics[0]?.message.en}`);
    // A real k3s draws Traefik's NodePorts at random too; with a chart's fixed port among the ~2,700 of the
    // dynamic band, a seed could hand it to Traefik and the chart's install would then be refused.
    const reserved = '(reserved for a chart)';
    for (const port of options.reservedNodePorts ?? []) this.allocators.nodePorts.reserve(port, reserved);
    admitObjects(this.cp, this.allocators, this.manifests, addons.objects, true);
    this.allocators.nodePorts.releaseAll(reserved);
    this.cp.settle(DEFAULT_SETTLE_MS);
  }

  private record(op: Operation): void {
    if (this.replaying) return;
    const last = this.ops[this.ops.length - 1];
    if (op[0] === 't' && last?.[0] === 't') last[1] += op[1];
    else this.ops.push(op);
  }

  private changed(): void {
    // Some operations (deleting a Service…) change the state without touching the engine; the API view
    // and the routing table rebuild on the change counter, so count every change here.
    this.cp.engine.touch();
    this.notify();
  }

  /**
   * Tells the listeners that the cluster or its clock moved. The clock's moves do not count as changes:
   * the controllers' timers count their own (`engine.moved`, `touch`), so a tick that changed nothing
   * leaves the version, and every cache keyed on it (the routing table, the API view), as it was.
   */
  private notify(): void {
    this.cp.reconcile();
    for (const listener of this.changeListeners) listener();
    if (this.listeners.size === 0) return;
    const snap = this.snapshot();
    for (const listener of this.listeners) listener(snap);
  }

  private applyImported(
    objects: ImportedObject[],
    fileName: string,
    diagnostics: ApplyResult['diagnostics'],
    warnings: ApplyResult['warnings'],
  ): ApplyResult {
    if (diagnostics.length > 0) return { diagnostics, warnings, applied: [] };
    // admit + apply (admitObjects checks every object, then stores them all): an exception inside
    // becomes a diagnostic at the first object, never a crash of the page or the CLI.
    const first = objects[0];
    const place = first
      ? { file: first.file, ...first.locate([]), path: '' }
      : { file: fileName, line: 1, column: 1, path: '' };
    const admitted = runStage('admit', place, { diagnostics }, () =>
      admitObjects(this.cp, this.allocators, this.manifests, objects, false),
    );
    if (!admitted) return { diagnostics, warnings, applied: [] };
    if (admitted.diagnostics.length === 0) this.changed();
    void fileName;
    return { diagnostics: admitted.diagnostics, warnings, applied: admitted.applied };
  }

  apply(yamlText: string, fileName: string): ApplyResult {
    const imported = importManifests(yamlText, fileName, this.options.extensions ?? []);
    const expanded = this.expand(imported.objects);
    const result = this.applyImported(expanded, fileName, imported.diagnostics, imported.warnings);
    if (result.applied.length > 0) this.record(['a', fileName, yamlText]);
    return result;
  }

  applyObjects(objects: KubeObject[], fileName: string): ApplyResult {
    const { stringify } = yamlModule;
    const text = objects.map((o) => stringify(o)).join('---\n');
    return this.apply(text, fileName);
  }

  /** Custom kinds (extensions) stand for the built-in objects they expand to. */
  private expand(objects: ImportedObject[]): ImportedObject[] {
    const extensions = this.options.extensions ?? [];
    if (extensions.length === 0) return objects;
    return objects.flatMap((item) => {
      const ext = extensions.find(
        (e) => e.apiVersion === item.object.apiVersion && e.kind === item.object.kind,
      );
      if (!ext) return [item];
      const parent = manifestKey(item.object.kind, item.object.metadata.namespace, item.object.metadata.name);
      const children = ext.expand(item.object).map((object) => ({
        ...item,
        derivedFrom: parent,
        object: {
          ...object,
          metadata: { namespace: item.object.metadata.namespace, ...object.metadata },
        } as KubeObject,
      }));
      this.derived.set(
        parent,
        children.map((c) => [c.object.kind, c.object.metadata.namespace ?? '', c.object.metadata.name]),
      );
      return [{ ...item, inert: true }, ...children];
    });
  }

  private op(op: Operation, result: OperationResult): OperationResult {
    if (result.ok) {
      this.record(op);
      this.changed();
    }
    return result;
  }

  delete(kind: string, namespace: string, name: string, options: DeleteOptions = {}): OperationResult {
    const grace = options.gracePeriodSeconds;
    const result = this.workloads.delete(kind, namespace, name, grace);
    if (result.ok) {
      for (const key of [manifestKey(kind, namespace, name), manifestKey(kind, undefined, name)]) {
        for (const [k, ns, n] of this.derived.get(key) ?? []) this.workloads.delete(k, ns, n);
        this.derived.delete(key);
      }
    }
    return this.op(
      grace === undefined ? ['d', kind, namespace, name] : ['d', kind, namespace, name, grace],
      result,
    );
  }
  scale(namespace: string, deployment: string, replicas: number): OperationResult {
    return this.op(
      ['s', namespace, deployment, replicas],
      this.workloads.scale(namespace, deployment, replicas),
    );
  }
  setImage(namespace: string, deployment: string, container: string, image: string): OperationResult {
    return this.op(
      ['i', namespace, deployment, container, image],
      this.workloads.setImage(namespace, deployment, container, image),
    );
  }
  rollback(namespace: string, deployment: string, toRevision = 0): OperationResult {
    return this.op(
      ['r', namespace, deployment, toRevision],
      this.workloads.rollback(namespace, deployment, toRevision),
    );
  }
  killPod(namespace: string, name: string): OperationResult {
    return this.op(['k', namespace, name], this.workloads.killPod(namespace, name));
  }
  addImage(image: string, platforms: string[] = []): OperationResult {
    const invalid = this.cp.engine.images.add({ image, platforms });
    return this.op(
      ['g', image, platforms],
      invalid === null
        ? { ok: true, error: null }
        : { ok: false, error: { es: `Referencia de imagen no válida: ${invalid}`, en: invalid } },
    );
  }
  failNode(name: string): OperationResult {
    return this.op(
      ['f', name],
      this.workloads.nodeOperation(name, (n) => this.cp.nodes.fail(n)),
    );
  }
  recoverNode(name: string): OperationResult {
    return this.op(
      ['v', name],
      this.workloads.nodeOperation(name, (n) => this.cp.nodes.recover(n)),
    );
  }
  cordon(name: string): OperationResult {
    return this.op(['c', name], this.workloads.cordon(name, true));
  }
  uncordon(name: string): OperationResult {
    return this.op(['u', name], this.workloads.cordon(name, false));
  }
  drain(name: string, options: { force?: boolean } = {}): OperationResult {
    return this.op(['n', name, options.force === true], this.workloads.drain(name, options.force === true));
  }
  setIngressMode(mode: IngressMode): void {
    this.router.mode = mode;
    this.record(['m', mode]);
    this.changed();
  }

  advance(ms: number): void {
    this.cp.advance(ms);
    this.record(['t', ms]);
    this.notify();
  }
  settle(maxMs = DEFAULT_SETTLE_MS): void {
    const spent = this.cp.settle(maxMs);
    this.record(['t', spent]);
    this.notify();
  }
  now(): number {
    return this.cp.engine.nowMs;
  }

  snapshot(): ClusterSnapshot {
    const moved = this.snapshotMark.moved({ state: this.cp.state, version: this.cp.engine.version });
    const now = this.cp.engine.nowMs;
    let snapshot = this.lastSnapshot;
    if (moved || !snapshot) snapshot = buildSnapshot(this.cp, this.options.seed, this.router.mode);
    // Only the clock moved: the same picture at the new time. The page's view asks on every tick of a
    // playing clock, and rebuilding 10,000 Pods each time held it to ~7 frames a second.
    else if (snapshot.timeMs !== now) snapshot = { ...snapshot, timeMs: now };
    this.lastSnapshot = snapshot;
    return snapshot;
  }

  iptablesSave(node: string): string | null {
    return this.router.iptablesSave(node);
  }

  dnsLookup(
    name: string,
    namespace: string,
    fromPod?: string,
  ): { name: string; addresses: string[] } | null | 'refused' {
    return this.router.dnsLookup(name, namespace, fromPod);
  }

  routeRequest(request: SimRequest): Trace {
    return this.router.route(request);
  }

  routeRequestAsync(request: SimRequest, signal?: AbortSignal): Promise<Trace> {
    return this.router.routeAsync(request, signal);
  }

  addBackend(backend: PodBackend): () => void {
    return this.router.addBackend(backend);
  }

  exportYaml(): string {
    return exportManifests([...this.manifests.values()]);
  }

  serialize(): string {
    const recording: Recording = {
      v: 1,
      seed: this.options.seed,
      nodes: this.options.nodes ?? 3,
      mode: this.options.ingressMode ?? 'traefik',
      clock: this.options.clock ?? {},
      ...(this.options.traefik ? { traefik: this.options.traefik } : {}),
      ...(this.options.images?.length ? { images: this.options.images } : {}),
      ...(this.options.clusterCidr ? { clusterCidr: this.options.clusterCidr } : {}),
      ops: this.ops,
      requests: this.router.requestCount,
      affinity: [...this.router.affinity.entries()],
    };
    return encodeRecording(recording);
  }

  subscribe(listener: (snapshot: ClusterSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /**
   * Calls `listener` after every change or move of the clock, as {@link subscribe} does, without building a
   * snapshot for it: the console's streams (`get -w`, `logs -f`, `rollout status`) read what they need
   * themselves, and a snapshot of 10,000 Pods on every tick of the page's clock was most of their cost.
   * Simulator folders only (reached through `onSimulationChange` in kube-api/simulation-changes.ts); not
   * public API.
   */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => void this.changeListeners.delete(listener);
  }

  /** Replays a recording's operations (used by deserializeSimulation). */
  replay(recording: Recording): void {
    this.replaying = true;
    try {
      for (const op of recording.ops) {
        this.ops.push(op);
        runOperation(this, op);
      }
    } finally {
      this.replaying = false;
    }
    this.router.requestCount = recording.requests;
    for (const [key, value] of recording.affinity) this.router.affinity.set(key, value);
  }

  /**
   * The state and manifests behind the snapshot, for the Kubernetes API view (simulator/kube-api). The
   * snapshot is built on first read: the API view first compares the version, and a snapshot of 10,000
   * Pods costs a tenth of a second.
   */
  internals(): SimulationInternals {
    this.cp.reconcile();
    let snapshot: ClusterSnapshot | null = null;
    const build = (): ClusterSnapshot => (snapshot ??= this.snapshot());
    return {
      get snapshot() {
        return build();
      },
      state: this.cp.state,
      manifests: this.manifests,
      version: this.cp.engine.version,
    };
  }

  /** Whether a manifest exists (kubectl uses it to say created/configured). */
  hasManifest(kind: string, namespace: string | undefined, name: string): boolean {
    return this.manifests.has(manifestKey(kind, namespace, name));
  }
}

/** Creates a simulated k3s cluster: one server and two agents by default, with Traefik and ServiceLB running. */
export function createSimulation(options: SimulationOptions): Simulation {
  return new SimulatedCluster(options);
}

/**
 * Rebuilds a simulation from `serialize()` output by replaying its operations; the result has the same
 * state and routes the next request the same way. Throws a TypeError for a string that is not a recording.
 */
export function deserializeSimulation(
  encoded: string,
  options: Pick<SimulationOptions, 'extensions' | 'packets'> = {},
): Simulation {
  const recording = decodeRecording(encoded);
  const sim = new SimulatedCluster({
    seed: recording.seed,
    nodes: recording.nodes,
    ingressMode: recording.mode,
    clock: recording.clock,
    ...(recording.traefik ? { traefik: recording.traefik } : {}),
    ...(recording.images ? { images: recording.images } : {}),
    ...(recording.clusterCidr ? { clusterCidr: recording.clusterCidr } : {}),
    ...options,
  });
  sim.replay(recording);
  return sim;
}
