/**
 * The Kubernetes API view of a simulation: every object as the apiserver would return it, with
 * resourceVersions and a watch feed, and writes (create, update, patch, delete, scale) routed through the
 * simulator's own admission. The Node API server (simulator/apiserver) serves it over HTTP; the page's
 * console reads the same objects, so both print the same thing.
 */
import { stringify } from 'yaml';
import type { DeleteOptions, Simulation } from '../api-types.ts';
import type { Diagnostic, Language } from '../../core/index.ts';
import { manifestKey } from '../controllers/object-admission.ts';
import { simulationInternals, type SimulationInternals } from '../model/simulation-internals.ts';
import { buildAllObjects } from './kube-objects.ts';
import { createNamed } from './generate-name.ts';
import { Generations, storeBuild, type Entry } from './object-build.ts';
import { BuildMark } from '../model/build-mark.ts';
import type { ObjectContext } from './object-context.ts';
import { isJson, type Json } from './object-meta.ts';
import { WatchHistory, type WatchEvent } from './watch-history.ts';
import { jsonMergePatch, jsonPatch, strategicMergePatch } from './merge-patch.ts';
import { dropUnknownFields, type WriteOptions } from './field-validation.ts';
import { type ApiResource, groupResource } from './resource-table.ts';
import { badRequest, invalid, methodNotAllowed, notFound, type StatusError } from './status-error.ts';

export type { WatchEvent } from './watch-history.ts';
export type { FieldValidation, WriteOptions } from './field-validation.ts';

/** Kinds a client may write (the simulator's importer accepts them). */
const WRITABLE = new Set([
  'pods',
  'services',
  'deployments',
  'replicasets',
  'ingresses',
  'ingressclasses',
  'namespaces',
  'configmaps',
  'secrets',
]);

/** Server-set metadata a client's body must not carry into the student's manifest. */
const SERVER_FIELDS = [
  'uid',
  'resourceVersion',
  'creationTimestamp',
  'generation',
  'managedFields',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'ownerReferences',
];

/** Options of {@link KubeApi}. */
export interface KubeApiOptions {
  /** Wall time (ms) of simulation time 0. */
  epochMs: number;
  /** Simulation ms per wall ms; default 1. */
  speed?: number;
  /** The wall clock ages are measured against; default the simulation's own now. */
  now?: () => number;
  /** The OpenAPI v3 document of a group version (`apis/apps/v1`) for `explain`; a console may have none. */
  openApi?: (groupVersionPath: string) => Json | null;
}

/** The object store of one simulation, rebuilt whenever the simulation changes. */
export class KubeApi {
  private entries = new Map<string, Entry>();
  private revision = 1;
  private readonly mark = new BuildMark();
  private readonly deletions = new Map<string, number>();
  /** The digest of what each kept-able object (Pods) was last built from, by key: see `ObjectContext.unchanged`. */
  private inputs = new Map<string, string>();
  /** Whether an object built from the same inputs as last time keeps its entry (tests turn it off). */
  protected readonly keepsUnchangedObjects: boolean = true;
  private readonly generations = new Generations();
  private readonly listeners = new Set<(events: WatchEvent[]) => void>();
  /** The recent changes, for a watch that resumes from a resourceVersion. */
  readonly history = new WatchHistory();

  constructor(
    readonly sim: Simulation,
    private readonly options: KubeApiOptions,
  ) {
    this.refresh();
  }

  /** The current resourceVersion (a global counter, as etcd's revision). */
  get resourceVersion(): string {
    return String(this.revision);
  }

  /** Wall time of the simulation's now. */
  nowMs(): number {
    if (this.options.now) return this.options.now();
    return this.options.epochMs + this.sim.now() / (this.options.speed ?? 1);
  }

  /** The OpenAPI v3 document of a group version, when this view has the schemas. */
  openApiDocument(groupVersionPath: string): Json | null {
    return this.options.openApi?.(groupVersionPath) ?? null;
  }

  /**
   * Rebuilds the objects when the simulation changed, and tells watchers what changed. The objects are
   * made of the cluster's state and its event log, not of the clock: when neither changed (the page's
   * clock ticks between two commands on a cluster at rest), the last build stands, and its snapshot is
   * never made (`kubectl get pods` on 5,000 nodes rebuilt some 35,000 objects for each command).
   */
  refresh(): WatchEvent[] {
    const internals = simulationInternals(this.sim);
    if (!this.changedSinceBuild(internals)) return [];
    const ctx: ObjectContext = {
      epochMs: this.options.epochMs,
      speed: this.options.speed,
      snapshot: internals.snapshot,
      state: internals.state,
      manifests: internals.manifests,
      deletionMs: (key) => {
        let at = this.deletions.get(key);
        if (at === undefined) this.deletions.set(key, (at = internals.snapshot.timeMs + 30_000));
        return at;
      },
    };
    const inputs = new Map<string, string>();
    // The first build keeps nothing, so it notes no inputs either (the console's first command is the
    // costliest as it is); the next build notes them, and those after it keep what did not change.
    if (this.keepsUnchangedObjects && this.entries.size > 0)
      ctx.unchanged = (key, digest) => {
        inputs.set(key, digest);
        return this.inputs.get(key) === digest && this.entries.has(key);
      };
    const built = storeBuild(buildAllObjects(ctx), this.entries, this.revision, this.generations);
    const events = built.events;
    this.revision = built.revision;
    this.entries = built.entries;
    this.inputs = inputs;
    for (const key of this.deletions.keys()) if (!this.entries.has(`pods/${key}`)) this.deletions.delete(key);
    this.history.record(events, built.eventVersions);
    if (events.length) for (const listener of this.listeners) listener(events);
    return events;
  }

  /** Whether the cluster's version or event log moved since the last build (and notes them as built). */
  protected changedSinceBuild(internals: SimulationInternals): boolean {
    return this.mark.moved(internals);
  }

  /** Objects of a resource, in one namespace or all (`null`), by namespace and name. */
  list(resource: string, namespace: string | null): Json[] {
    this.refresh();
    const prefix = namespace === null ? `${resource}/` : `${resource}/${namespace}/`;
    const found: Array<{ key: string; object: Json }> = [];
    for (const [key, e] of this.entries)
      if (key.startsWith(prefix)) found.push({ key: sortKey(e.object), object: e.object });
    // Each object's key is made once, not at each of the sort's comparisons.
    found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return found.map((f) => f.object);
  }

  /** One object, or undefined. */
  get(resource: string, namespace: string | null, name: string): Json | undefined {
    this.refresh();
    return this.entries.get(`${resource}/${namespace ?? ''}/${name}`)?.object;
  }

  /** Subscribes to changes; returns the unsubscribe. */
  watch(listener: (events: WatchEvent[]) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Number of live watchers (tests check that a dropped watch is freed). */
  get watcherCount(): number {
    return this.listeners.size;
  }

  /** Creates an object (POST). */
  create(
    r: ApiResource,
    namespace: string | null,
    body: unknown,
    options: WriteOptions = {},
  ): Json | StatusError {
    if (!isJson(body) || !isJson(body.metadata))
      return badRequest('the body of the request was not a Kubernetes object');
    const ns = r.namespaced ? (namespace ?? 'default') : null;
    return createNamed(r, ns, body, body.metadata, {
      now: this.sim.now(),
      count: () => this.list(r.resource, ns).length,
      exists: (name) => this.get(r.resource, ns, name) !== undefined,
      write: (named) => this.write(r, namespace, named, options),
    });
  }

  /** Replaces an object (PUT). */
  update(
    r: ApiResource,
    namespace: string | null,
    name: string,
    body: unknown,
    options: WriteOptions = {},
  ): Json | StatusError {
    if (!this.get(r.resource, r.namespaced ? namespace : null, name)) return notFound(groupResource(r), name);
    if (!isJson(body)) return badRequest('the body of the request was not a Kubernetes object');
    return this.write(r, namespace, body, options);
  }

  /** Patches an object: strategic merge, JSON merge, JSON patch, or server-side apply. */
  patch(
    r: ApiResource,
    namespace: string | null,
    name: string,
    contentType: string,
    body: unknown,
    options: WriteOptions = {},
  ): Json | StatusError {
    const live = this.get(r.resource, r.namespaced ? namespace : null, name);
    if (contentType.includes('apply-patch')) {
      if (!live) return this.create(r, namespace, body, options);
      return this.write(
        r,
        namespace,
        strategicMergePatch(this.written(r, namespace, name, live), body),
        options,
      );
    }
    if (!live) return notFound(groupResource(r), name);
    if (r.resource === 'nodes') return this.patchNode(name, live, contentType, body, options.lang ?? 'en');
    const base = this.written(r, namespace, name, live);
    let next: unknown;
    if (contentType.includes('strategic-merge-patch')) next = strategicMergePatch(base, body);
    else if (contentType.includes('merge-patch')) next = jsonMergePatch(base, body);
    else if (contentType.includes('json-patch')) {
      const result = jsonPatch(base, body);
      if ('error' in result) return badRequest(result.error);
      next = result.value;
    } else return badRequest(`unsupported patch type ${contentType}`);
    return this.write(r, namespace, next, options, true);
  }

  /** Nodes: only `spec.unschedulable` (cordon/uncordon) can change. */
  private patchNode(
    name: string,
    live: Json,
    contentType: string,
    body: unknown,
    lang: Language,
  ): Json | StatusError {
    const next = contentType.includes('json-patch')
      ? jsonPatch(live, body)
      : { value: strategicMergePatch(live, body) };
    if ('error' in next) return badRequest(next.error);
    const wanted = isJson(next.value) && isJson(next.value.spec) && next.value.spec.unschedulable === true;
    const result = wanted ? this.sim.cordon(name) : this.sim.uncordon(name);
    if (!result.ok)
      return methodNotAllowed(
        result.error?.[lang] ?? (lang === 'es' ? 'no se puede cambiar el nodo' : 'cannot change the node'),
      );
    this.refresh();
    return this.get('nodes', null, name) ?? live;
  }

  /** What the student wrote for this object (their manifest), else the live object without server fields. */
  private written(r: ApiResource, namespace: string | null, name: string, live: Json): Json {
    const internals = simulationInternals(this.sim);
    const manifest = internals.manifests.get(
      manifestKey(r.kind, r.namespaced ? (namespace ?? 'default') : undefined, name),
    );
    if (manifest) return structuredClone(manifest) as unknown as Json;
    const copy = structuredClone(live);
    delete copy.status;
    return copy;
  }

  private write(
    r: ApiResource,
    namespace: string | null,
    body: unknown,
    options: WriteOptions,
    patched = false,
  ): Json | StatusError {
    // The apiserver words a strict decoding error on create/update as a failed decode of the body.
    const decodePrefix = patched
      ? ''
      : `${r.kind} in version "${r.version}" cannot be handled as a ${r.kind}: `;
    if (!WRITABLE.has(r.resource))
      return methodNotAllowed(
        options.lang === 'es'
          ? `el simulador no acepta escrituras en ${r.resource}`
          : `the simulator does not accept writes to ${r.resource}`,
      );
    if (!isJson(body) || !isJson(body.metadata))
      return badRequest('the body of the request was not a Kubernetes object');
    const object: Json = {
      ...body,
      apiVersion: body.apiVersion ?? (r.group ? `${r.group}/${r.version}` : r.version),
      kind: body.kind ?? r.kind,
    };
    delete object.status;
    dropUnknownFields(object, options);
    const meta: Json = { ...body.metadata };
    for (const f of SERVER_FIELDS) delete meta[f];
    if (r.namespaced) meta.namespace = namespace ?? meta.namespace ?? 'default';
    if (isJson(meta.annotations)) {
      const { 'deployment.kubernetes.io/revision': _rev, ...rest } = meta.annotations as Record<
        string,
        string
      >;
      meta.annotations = Object.keys(rest).length ? rest : undefined;
    }
    object.metadata = JSON.parse(JSON.stringify(meta)) as Json;
    const name = String(meta.name ?? '');
    if (options.dryRun) return object;
    const result = this.sim.apply(stringify(object), `${r.resource}/${name}`);
    if (result.diagnostics.length > 0) return diagnosticsStatus(r, name, result.diagnostics, decodePrefix);
    this.refresh();
    return this.get(r.resource, r.namespaced ? (namespace ?? 'default') : null, name) ?? object;
  }

  /**
   * Deletes an object; a Pod goes Terminating first (graceful termination) and is returned as it is now,
   * or with `gracePeriodSeconds: 0` (DeleteOptions) is gone at once. Other kinds ignore the grace period.
   */
  delete(
    r: ApiResource,
    namespace: string | null,
    name: string,
    { lang = 'en', gracePeriodSeconds }: Pick<WriteOptions, 'lang'> & DeleteOptions = {},
  ): Json | StatusError {
    const live = this.get(r.resource, r.namespaced ? namespace : null, name);
    if (!live) return notFound(groupResource(r), name);
    const grace = r.kind === 'Pod' && gracePeriodSeconds !== undefined ? { gracePeriodSeconds } : {};
    const result = this.sim.delete(r.kind, namespace ?? '', name, grace);
    if (!result.ok)
      return methodNotAllowed(
        result.error?.[lang] ?? (lang === 'es' ? 'no se puede borrar' : 'cannot delete'),
      );
    this.refresh();
    return this.get(r.resource, r.namespaced ? namespace : null, name) ?? live;
  }

  /** Sets a Deployment's replicas (the `scale` subresource). */
  scale(namespace: string, name: string, replicas: number): StatusError | null {
    if (!Number.isInteger(replicas) || replicas < 0)
      return invalid('Scale', 'autoscaling', name, [
        { field: 'spec.replicas', message: `Invalid value: ${replicas}: must be greater than or equal to 0` },
      ]);
    const result = this.sim.scale(namespace, name, replicas);
    if (!result.ok) return notFound('deployments.apps', name);
    this.refresh();
    return null;
  }
}

/** What a list is ordered by: namespace, then name (the apiserver lists in etcd key order). */
function sortKey(o: Json): string {
  const m = o.metadata as Json;
  return `${String(m.namespace ?? '')}/${String(m.name)}`;
}

/** The simulator's diagnostics as the apiserver's Status: strict decoding errors are 400, the rest 422. */
export function diagnosticsStatus(
  r: ApiResource,
  name: string,
  diagnostics: Diagnostic[],
  decodePrefix = '',
): StatusError {
  const unknown = diagnostics.filter((d) => d.code === 'unknown-field');
  if (unknown.length > 0) return badRequest(decodePrefix + unknown.map((d) => d.message.en).join(', '));
  return invalid(
    r.kind,
    r.group,
    name,
    diagnostics.map((d) => ({ field: d.place.path, message: d.message.en })),
  );
}

const attached = new WeakMap<Simulation, KubeApi>();

/** The API view a console uses for this simulation (one per simulation; made on first use). */
export function kubeApiOf(sim: Simulation): KubeApi {
  let api = attached.get(sim);
  if (!api) attached.set(sim, (api = new KubeApi(sim, { epochMs: CONSOLE_EPOCH_MS })));
  return api;
}

/** Makes a console use this API view (the differential tests share the served one's clock and names). */
export function attachKubeApi(sim: Simulation, api: KubeApi): void {
  attached.set(sim, api);
}

/** Wall time of simulation time 0 in the page's console: the course's fixed date. */
export const CONSOLE_EPOCH_MS = Date.UTC(2026, 0, 1);
