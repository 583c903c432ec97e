import { parseAllDocuments } from 'yaml';
import {
  createSimulation,
  type ApplyResult,
  type ClusterSnapshot,
  type Hop,
  type KubeObject,
  type SimRequest,
  type Simulation,
  type Trace,
} from '../index.ts';
import { AsyncQueue, type QueuedCall } from './async-queue.ts';
import { AUTOSCALER_INTERVAL_MS, autoscalerDecision } from './autoscaler.ts';
import type { OpenFaaSEdition } from './editions.ts';
import { EventQueue } from './event-queue.ts';
import { functionKind } from './function-extension.ts';
import {
  CORE_NAMESPACE,
  FUNCTION_NAMESPACE,
  WATCHDOG_PORT,
  functionObject,
  functionSpecFromObject,
  type FunctionSpec,
} from './function-spec.ts';
import { FunctionState } from './function-state.ts';
import { GatewayResponder, type GatewayAnswer } from './gateway-responder.ts';
import { parseGatewayRoute } from './gateway-route.ts';
import type { CallbackDelivery, InvocationResult } from './invocation.ts';
import { installManifests } from './install-manifests.ts';
import { SeededRandom } from './seeded-random.ts';
import { isStackFile, readStackFile } from './stack-file.ts';
import type { Bilingual } from '../../core/index.ts';

/** Options of {@link createOpenFaaS}. */
export interface OpenFaaSOptions {
  seed: number;
  /** Default `community`, what `arkade install openfaas` installs. */
  edition?: OpenFaaSEdition;
  nodes?: number;
  /** Handler time per request in ms, for all functions or by function name (default 20). */
  workMs?: number | Record<string, number>;
  /** Requests one replica runs at once without slowing down (default 4). */
  replicaConcurrency?: number;
  /** Engine step between looks at the cluster (default 50 ms): the resolution of readiness changes. */
  tickMs?: number;
  /** The gateway's admin password (default derived from the seed, like the generated basic-auth secret). */
  password?: string;
}

/** The gateway and provider add this much to every answer (lesson simplification: two in-cluster hops). */
export const PROXY_OVERHEAD_MS = 2;
/** The gateway gives up on a held request after its upstream timeout (chart gateway.upstreamTimeout 65s). */
export const GATEWAY_UPSTREAM_TIMEOUT_MS = 65_000;

interface Pending {
  id: number;
  request: SimRequest;
  sentMs: number;
  trace: Trace | null;
}

/**
 * OpenFaaS on a simulated k3s cluster: the chart's components, functions as Deployments and Services in
 * openfaas-fn, the gateway's routes, the edition's scaling, NATS and the queue-worker — all on the
 * simulation clock, deterministic for a seed.
 */
export class OpenFaaSPlatform {
  readonly sim: Simulation;
  readonly edition: OpenFaaSEdition;
  readonly credentials: { user: string; password: string };
  /** Every callback the queue-worker delivered, in order. */
  readonly callbacks: CallbackDelivery[] = [];
  private readonly events = new EventQueue();
  private readonly fns = new Map<string, FunctionState>();
  private readonly specs = new Map<string, FunctionSpec>();
  private readonly listeners = new Set<(r: InvocationResult) => void>();
  private readonly queue = new AsyncQueue();
  private readonly rng: SeededRandom;
  private readonly responder: GatewayResponder;
  private readonly tickMs: number;
  private nextId = 1;
  private nextAutoscaleMs: number;
  private gatewayPod: string | null = null;

  constructor(private readonly options: OpenFaaSOptions) {
    this.edition = options.edition ?? 'community';
    this.tickMs = options.tickMs ?? 50;
    this.rng = new SeededRandom(options.seed);
    this.credentials = {
      user: 'admin',
      password: options.password ?? this.rng.uuid().replace(/-/g, '').slice(0, 16),
    };
    this.sim = createSimulation({ seed: options.seed, nodes: options.nodes, extensions: [functionKind] });
    const installed = this.sim.applyObjects(installManifests(this.edition), 'arkade-install-openfaas.yaml');
    if (installed.diagnostics.length)
      throw new Error(`OpenFaaS manifests do not apply: ${installed.diagnostics[0]?.message.en}`);
    this.sim.addBackend({
      handles: (pod) => pod.namespace === CORE_NAMESPACE && pod.labels.app === 'gateway',
      handle: () => ({ status: 200, headers: {}, body: '' }),
    });
    this.sim.settle();
    this.responder = new GatewayResponder(this);
    this.nextAutoscaleMs = this.sim.now() + AUTOSCALER_INTERVAL_MS;
    this.refresh();
  }

  /** Current simulation time. */
  now(): number {
    return this.sim.now();
  }

  /** The functions the provider knows, by name. */
  functions(): ReadonlyMap<string, FunctionState> {
    return this.fns;
  }

  /** Messages waiting in NATS and calls the queue-worker is running. */
  queueState(): { depth: number; inFlight: number } {
    return { depth: this.queue.depth, inFlight: this.queue.inFlight };
  }

  /** Deploys a stack file (faas-cli deploy) or manifests with Function resources (kubectl apply). */
  deploy(text: string, fileName: string): ApplyResult {
    let result: ApplyResult;
    if (isStackFile(text)) {
      const stack = readStackFile(text, fileName);
      const errors = stack.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length)
        return {
          diagnostics: errors,
          warnings: stack.diagnostics.filter((d) => d.severity !== 'error'),
          applied: [],
        };
      result = this.sim.applyObjects(stack.functions.map(functionObject), fileName);
      if (result.diagnostics.length === 0) for (const fn of stack.functions) this.specs.set(fn.name, fn);
      // `faas-cli up` builds and pushes each function's image before it deploys: the registry holds it.
      for (const fn of stack.functions) this.sim.addImage(fn.image);
    } else {
      result = this.sim.apply(text, fileName);
      if (result.diagnostics.length === 0) {
        for (const doc of parseAllDocuments(text)) {
          const object = (Array.isArray(doc) ? null : doc.toJSON()) as KubeObject | null;
          if (object?.kind === 'Function' && object.apiVersion === 'openfaas.com/v1') {
            const spec = functionSpecFromObject(object);
            this.specs.set(spec.name, spec);
            // A Function resource names an image the student pushed before (`faas-cli push`).
            this.sim.addImage(spec.image);
          }
        }
      }
    }
    this.sim.settle(10_000);
    this.refresh();
    return result;
  }

  /** Registers a listener for every finished request; returns its removal. */
  onResult(listener: (r: InvocationResult) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Sends a request now; `trace: false` skips the hop-by-hop trace (load generation). Returns its id. */
  send(request: SimRequest, options: { trace?: boolean } = {}): number {
    return this.sendAt(this.now(), request, options);
  }

  /** Schedules a request to arrive at `atMs` (not before now). Returns its id. */
  sendAt(atMs: number, request: SimRequest, options: { trace?: boolean } = {}): number {
    const id = this.nextId++;
    const at = Math.max(atMs, this.now());
    const run = (): void => this.arrive({ id, request, sentMs: at, trace: null }, options.trace !== false);
    if (at <= this.now()) run();
    else this.events.push({ atMs: at, run });
    return id;
  }

  /** Sends a request and advances the clock until it ends (at most `maxWaitMs`), e.g. for a button in a lesson. */
  invoke(request: SimRequest, maxWaitMs = 15 * 60_000): InvocationResult | null {
    let result: InvocationResult | null = null;
    const id = this.nextId;
    const stop = this.onResult((r) => {
      if (r.id === id) result = r;
    });
    try {
      this.send(request);
      const deadline = this.now() + maxWaitMs;
      while (!result && this.now() < deadline) this.advance(this.tickMs);
    } finally {
      stop();
    }
    return result;
  }

  /** Moves the simulation clock forward, running requests, the gateway, the autoscaler and the queue-worker. */
  advance(ms: number): void {
    const target = this.now() + ms;
    this.runDue();
    while (this.now() < target) {
      this.sim.advance(Math.min(this.idleStep(), target - this.now()));
      this.refresh();
      this.runDue();
    }
  }

  /** A tick while anything is waiting; when nothing is, a jump to the next event or autoscaler sync. */
  private idleStep(): number {
    for (const fn of this.fns.values()) if (fn.held.length > 0) return this.tickMs;
    const next = Math.min(this.events.peekTime(), this.nextAutoscaleMs) - this.now();
    return Math.max(this.tickMs, Math.floor(next / this.tickMs) * this.tickMs);
  }

  private runDue(): void {
    const now = this.now();
    while (this.events.peekTime() <= now) this.events.pop()?.run();
  }

  /** Reads ready replicas from the cluster, releases held requests, runs the autoscaler when due. */
  private refresh(): void {
    const snap = this.sim.snapshot();
    const now = snap.timeMs;
    this.gatewayPod =
      snap.pods.find((p) => p.namespace === CORE_NAMESPACE && p.labels.app === 'gateway' && p.ready)?.name ??
      null;
    this.syncFunctions(snap);
    for (const fn of this.fns.values()) {
      fn.loadWindow.inflightSum += fn.inflight(now);
      fn.loadWindow.inflightSamples++;
      if (fn.readyPods.length > 0) for (const held of fn.held.splice(0)) held.dispatch(now);
      while (fn.held[0] && now - fn.held[0].sinceMs >= GATEWAY_UPSTREAM_TIMEOUT_MS)
        fn.held.shift()?.expire(now);
    }
    if (now >= this.nextAutoscaleMs) this.autoscale(now);
    this.pumpQueue(now);
  }

  private syncFunctions(snap: ClusterSnapshot): void {
    const seen = new Set<string>();
    for (const d of snap.deployments) {
      const name = d.selector.faas_function;
      if (d.namespace !== FUNCTION_NAMESPACE || !name) continue;
      seen.add(name);
      const spec = this.specs.get(name) ?? {
        name,
        image: d.images[0] ?? '',
        labels: {},
        annotations: {},
        environment: {},
      };
      let fn = this.fns.get(name);
      if (!fn) this.fns.set(name, (fn = new FunctionState(spec, snap.timeMs)));
      else if (fn.spec !== spec) fn.update(spec);
      fn.desiredReplicas = d.replicas;
      const ready = snap.pods
        .filter(
          (p) =>
            p.namespace === FUNCTION_NAMESPACE &&
            p.labels.faas_function === name &&
            p.ready &&
            p.status === 'Running',
        )
        .map((p) => p.name);
      fn.setReadyPods(ready, this.options.replicaConcurrency ?? 4);
    }
    for (const [name, fn] of this.fns) {
      if (seen.has(name)) continue;
      for (const held of fn.held.splice(0)) held.expire(snap.timeMs);
      this.fns.delete(name);
    }
  }

  private autoscale(now: number): void {
    const windowMs = now - (this.nextAutoscaleMs - AUTOSCALER_INTERVAL_MS);
    for (const [name, fn] of this.fns) {
      const wanted = autoscalerDecision(fn, this.edition, now, windowMs);
      if (wanted !== null && wanted !== fn.desiredReplicas) this.scaleFunction(name, wanted);
      fn.loadWindow = { requests: 0, inflightSamples: 0, inflightSum: 0, busyMsAtStart: fn.busyMs() };
    }
    this.nextAutoscaleMs = now + AUTOSCALER_INTERVAL_MS;
  }

  /** Sets a function's replicas, as the autoscaler or /system/scale-function does. */
  scaleFunction(name: string, replicas: number): boolean {
    const fn = this.fns.get(name);
    if (!fn) return false;
    fn.desiredReplicas = replicas;
    return this.sim.scale(FUNCTION_NAMESPACE, name, replicas).ok;
  }

  private arrive(pending: Pending, traced: boolean): void {
    const route = parseGatewayRoute(pending.request.path);
    if (traced) {
      const trace = this.sim.routeRequest(pending.request);
      if (!trace.pod?.startsWith(`${CORE_NAMESPACE}/gateway-`)) {
        this.finish(
          pending,
          {
            status: trace.status,
            headers: trace.response?.headers ?? {},
            body: trace.response?.body ?? '',
            pod: trace.pod,
          },
          pending.sentMs,
          null,
          trace,
        );
        return;
      }
      trace.hops.pop();
      trace.hops.push(
        gatewayHop(route.kind === 'not-found' ? pending.request.path : route.kind, pending.request.path),
      );
      pending.trace = trace;
    }
    const answer = this.responder.answer(pending.request, route, pending.sentMs);
    if (answer === 'function' && route.kind === 'function')
      this.runFunction(pending, route.name, route.rest, pending.sentMs, null);
    else if (answer !== 'function') this.finish(pending, answer, pending.sentMs + PROXY_OVERHEAD_MS, null);
  }

  /** Publishes an async call to NATS (called by the responder for /async-function). */
  publish(call: QueuedCall): void {
    this.queue.publish(call);
    this.pumpQueue(call.queuedMs);
  }

  private pumpQueue(now: number): void {
    for (const call of this.queue.take()) {
      const request: SimRequest = {
        method: call.method,
        scheme: 'http',
        host: `gateway.${CORE_NAMESPACE}`,
        port: 8080,
        path: `/function/${call.functionName}`,
        headers: call.headers,
        body: call.body,
      };
      this.runFunction(
        { id: -1, request, sentMs: now, trace: null },
        call.functionName,
        '/',
        now,
        (status, headers, body, endMs) => {
          this.queue.done();
          if (call.callbackUrl) {
            this.callbacks.push({
              url: call.callbackUrl,
              atMs: endMs + PROXY_OVERHEAD_MS,
              callId: call.callId,
              functionName: call.functionName,
              status,
              body,
              headers: {
                ...headers,
                'X-Call-Id': call.callId,
                'X-Function-Status': String(status),
                'X-Function-Name': call.functionName,
              },
            });
          }
          this.pumpQueue(endMs);
        },
      );
    }
  }

  private workMs(name: string): number {
    const w = this.options.workMs;
    return typeof w === 'number' ? w : (w?.[name] ?? 20);
  }

  /** Runs a call on a function: now if a replica is ready, else held while it scales from zero. */
  private runFunction(
    pending: Pending,
    name: string,
    rest: string,
    atMs: number,
    onQueueDone:
      ((status: number, headers: Record<string, string>, body: string, endMs: number) => void) | null,
  ): void {
    const fn = this.fns.get(name);
    if (!fn) return this.finish(pending, this.responder.notFound(name), atMs + PROXY_OVERHEAD_MS, null);
    fn.invocationCount++;
    fn.loadWindow.requests++;
    fn.lastInvokedMs = atMs;
    const dispatch = (t: number, cold: boolean): void =>
      this.dispatch(pending, fn, rest, t, cold, atMs, onQueueDone);
    if (fn.readyPods.length > 0) return dispatch(atMs, false);
    fn.coldStarts++;
    if (fn.desiredReplicas === 0) this.scaleFunction(name, Math.max(1, fn.scaling.min));
    fn.held.push({
      sinceMs: atMs,
      dispatch: (t) => dispatch(t, true),
      expire: (t) => {
        const body = `Can't reach service for: ${name}.${FUNCTION_NAMESPACE}.`;
        if (onQueueDone) onQueueDone(504, {}, body, t);
        this.finish(
          pending,
          { status: 504, headers: {}, body, pod: null },
          t,
          {
            es: 'El gateway esperó una réplica lista y se agotó su upstream_timeout.',
            en: 'The gateway waited for a ready replica and hit its upstream_timeout.',
          },
          undefined,
          true,
        );
      },
    });
  }

  private dispatch(
    pending: Pending,
    fn: FunctionState,
    rest: string,
    t: number,
    cold: boolean,
    arrivedMs: number,
    onQueueDone:
      ((status: number, headers: Record<string, string>, body: string, endMs: number) => void) | null,
  ): void {
    const name = fn.spec.name;
    let podName = fn.readyPods[this.rng.int(fn.readyPods.length)] ?? '';
    let response = {
      status: 200,
      headers: { 'content-type': 'text/plain' } as Record<string, string>,
      body: pending.request.body ?? '',
    };
    if (pending.trace) {
      if (cold) pending.trace.hops.push(coldStartHop(name, t - arrivedMs));
      pending.trace.hops.push(providerHop(name));
      const leg = this.sim.routeRequest({
        ...pending.request,
        host: `${name}.${FUNCTION_NAMESPACE}.svc.cluster.local`,
        port: WATCHDOG_PORT,
        path: rest,
        source: { kind: 'pod', ns: CORE_NAMESPACE, name: this.gatewayPod ?? '' },
      });
      pending.trace.hops.push(...leg.hops);
      const legPod = leg.pod?.split('/')[1];
      if (legPod && fn.replicas.has(legPod)) podName = legPod;
      if (leg.response) response = { ...leg.response, headers: { ...leg.response.headers } };
      Object.assign(pending.trace, { service: leg.service, servicePort: leg.servicePort, node: leg.node });
    }
    const work = fn.replicas.get(podName);
    const outcome = work
      ? work.admit(t, this.workMs(name), fn.watchdog)
      : { status: 502 as const, startMs: t, endMs: t };
    const headers = {
      ...response.headers,
      'X-Duration-Seconds': ((outcome.endMs - outcome.startMs) / 1000).toFixed(6),
    };
    const body =
      outcome.status === 200
        ? response.body
        : outcome.status === 429
          ? 'Concurrent request limit exceeded. Max concurrent requests: ' + fn.watchdog.maxInflight + '\n'
          : outcome.status === 504
            ? ''
            : 'no replica';
    const endMs = outcome.endMs + PROXY_OVERHEAD_MS;
    this.events.push({
      atMs: endMs,
      run: () => {
        if (onQueueDone) return onQueueDone(outcome.status, headers, body, endMs);
        this.finish(
          pending,
          { status: outcome.status, headers, body, pod: `${FUNCTION_NAMESPACE}/${podName}` },
          endMs,
          null,
          undefined,
          cold,
        );
      },
    });
  }

  private finish(
    pending: Pending,
    answer: GatewayAnswer,
    endMs: number,
    note: Bilingual | null,
    rawTrace?: Trace,
    coldStart = false,
  ): void {
    if (pending.id < 0) return;
    const route = parseGatewayRoute(pending.request.path);
    const trace = rawTrace ?? pending.trace;
    if (trace && !rawTrace) {
      trace.status = answer.status;
      trace.pod = answer.pod;
      trace.response = { status: answer.status, headers: answer.headers, body: answer.body };
      if (answer.status !== 200)
        trace.hops.push({
          kind: 'backend',
          name: answer.pod ?? `${CORE_NAMESPACE}/gateway`,
          detail: statusDetail(answer.status),
          status: answer.status,
        });
    }
    const result: InvocationResult = {
      id: pending.id,
      method: pending.request.method,
      path: pending.request.path,
      functionName: 'name' in route ? route.name : null,
      async: route.kind === 'async-function',
      status: answer.status,
      headers: answer.headers,
      body: answer.body,
      sentMs: pending.sentMs,
      endMs,
      latencyMs: endMs - pending.sentMs,
      coldStart,
      pod: answer.pod,
      trace,
      note,
    };
    for (const listener of this.listeners) listener(result);
  }

  /** Draws the next X-Call-Id. */
  callId(): string {
    return this.rng.uuid();
  }
}

function gatewayHop(kind: string, path: string): Hop {
  return {
    kind: 'backend',
    name: `${CORE_NAMESPACE}/gateway`,
    detail: {
      es: `El gateway de OpenFaaS recibe ${path} (ruta ${kind}).`,
      en: `The OpenFaaS gateway receives ${path} (route ${kind}).`,
    },
  };
}

function providerHop(name: string): Hop {
  return {
    kind: 'backend',
    name: `${CORE_NAMESPACE}/faas-netes`,
    detail: {
      es: `El proveedor faas-netes resuelve la función ${name} a su Service ${name}.${FUNCTION_NAMESPACE}:${WATCHDOG_PORT}.`,
      en: `The faas-netes provider resolves function ${name} to its Service ${name}.${FUNCTION_NAMESPACE}:${WATCHDOG_PORT}.`,
    },
  };
}

function coldStartHop(name: string, waitedMs: number): Hop {
  const s = (waitedMs / 1000).toFixed(1);
  return {
    kind: 'backend',
    name: `${CORE_NAMESPACE}/gateway`,
    detail: {
      es: `Arranque en frío: ${name} tenía 0 réplicas listas; el gateway la escaló y retuvo la petición ${s} s hasta que una réplica estuvo lista.`,
      en: `Cold start: ${name} had 0 ready replicas; the gateway scaled it up and held the request ${s} s until a replica was ready.`,
    },
  };
}

function statusDetail(status: number): Bilingual {
  if (status === 429)
    return {
      es: '429: el watchdog ya tiene max_inflight peticiones en curso.',
      en: '429: the watchdog already has max_inflight requests in flight.',
    };
  if (status === 504)
    return {
      es: '504: se agotó el tiempo (exec_timeout del watchdog o upstream_timeout del gateway).',
      en: "504: timed out (the watchdog's exec_timeout or the gateway's upstream_timeout).",
    };
  if (status === 401)
    return {
      es: '401: las rutas /system piden autenticación básica (usuario admin).',
      en: '401: /system routes need basic auth (user admin).',
    };
  if (status === 404)
    return {
      es: '404: el gateway no conoce esa ruta o función.',
      en: '404: the gateway does not know that route or function.',
    };
  return { es: `El gateway responde ${status}.`, en: `The gateway answers ${status}.` };
}

/** Creates OpenFaaS on a simulated k3s cluster, as after `arkade install openfaas` (Community) or with Pro. */
export function createOpenFaaS(options: OpenFaaSOptions): OpenFaaSPlatform {
  return new OpenFaaSPlatform(options);
}
