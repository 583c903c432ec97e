import {
  createSimulation,
  type ApplyResult,
  type SimRequest,
  type Simulation,
  type Trace,
} from '../index.ts';
import { AsyncQueue, type QueuedCall } from './async-queue.ts';
import { AUTOSCALER_INTERVAL_MS, autoscalerDecision } from './autoscaler.ts';
import type { OpenFaaSEdition } from './editions.ts';
import { EventQueue } from './event-queue.ts';
import { functionKind } from './function-extension.ts';
import { CORE_NAMESPACE, FUNCTION_NAMESPACE, WATCHDOG_PORT, type FunctionSpec } from './function-spec.ts';
import { FunctionState } from './function-state.ts';
import { UPSTREAM_TIMEOUT_NOTE, coldStartHop, gatewayHop, providerHop } from './gateway-hops.ts';
import {
  answerTrace,
  invocationResult,
  replicaBody,
  upstreamTimeout,
  type PendingRequest,
  type QueueDone,
} from './gateway-request.ts';
import { GatewayResponder, type GatewayAnswer } from './gateway-responder.ts';
import { parseGatewayRoute } from './gateway-route.ts';
import type { CallbackDelivery, InvocationResult } from './invocation.ts';
import { GATEWAY_NODE_PORT, installManifests } from './install-manifests.ts';
import { LegacyAlertScaling, type ScalingEvent } from './legacy-alert-scaling.ts';
import { callbackDelivery, queuedCallRequest } from './queue-worker.ts';
import { deployFunctions } from './function-deploy.ts';
import { syncFunctions } from './function-sync.ts';
import {
  GATEWAY_UPSTREAM_TIMEOUT_MS,
  PROXY_OVERHEAD_MS,
  handlerWorkMs,
  type OpenFaaSOptions,
} from './openfaas-options.ts';
import { SeededRandom } from './seeded-random.ts';
import type { Bilingual } from '../../core/index.ts';

export { GATEWAY_UPSTREAM_TIMEOUT_MS, PROXY_OVERHEAD_MS, type OpenFaaSOptions } from './openfaas-options.ts';

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
  /** Community Edition: the alert rule's state changes and AlertManager's webhooks, in order. */
  readonly scalingEvents: ScalingEvent[] = [];
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
  private readonly legacyScaling: LegacyAlertScaling | null;

  constructor(private readonly options: OpenFaaSOptions) {
    this.edition = options.edition ?? 'community';
    this.tickMs = options.tickMs ?? 50;
    this.rng = new SeededRandom(options.seed);
    this.credentials = {
      user: 'admin',
      password: options.password ?? this.rng.uuid().replace(/-/g, '').slice(0, 16),
    };
    // The simulated cluster is one where `arkade install openfaas-ce` succeeded: its gateway NodePort stays free.
    this.sim = createSimulation({
      seed: options.seed,
      nodes: options.nodes,
      extensions: [functionKind],
      reservedNodePorts: [GATEWAY_NODE_PORT],
    });
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
    this.legacyScaling = this.edition === 'community' ? new LegacyAlertScaling(this.sim.now()) : null;
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
    const { result, specs, stored } = deployFunctions(this.sim, text, fileName);
    if (!stored) return result;
    for (const spec of specs) this.specs.set(spec.name, spec);
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
    syncFunctions(snap, this.fns, this.specs, this.options.replicaConcurrency ?? 4);
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

  /** Community Edition: the APIHighInvocationRate alert's state for a function (null when inactive). */
  alertState(name: string): 'pending' | 'firing' | null {
    return this.legacyScaling?.state(name) ?? null;
  }

  private autoscale(now: number): void {
    if (this.legacyScaling)
      this.scalingEvents.push(
        ...this.legacyScaling.run(now, this.fns, (name, replicas) => this.scaleFunction(name, replicas)),
      );
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

  private arrive(pending: PendingRequest, traced: boolean): void {
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
      this.runFunction(
        { id: -1, request: queuedCallRequest(call), sentMs: now, trace: null },
        call.functionName,
        '/',
        now,
        (status, headers, body, endMs) => {
          this.queue.done();
          if (call.callbackUrl)
            this.callbacks.push(
              callbackDelivery(call, call.callbackUrl, { status, headers, body }, endMs + PROXY_OVERHEAD_MS),
            );
          this.pumpQueue(endMs);
        },
      );
    }
  }

  /** Runs a call on a function: now if a replica is ready, else held while it scales from zero. */
  private runFunction(
    pending: PendingRequest,
    name: string,
    rest: string,
    atMs: number,
    onQueueDone: QueueDone | null,
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
        const answer = upstreamTimeout(name);
        if (onQueueDone) onQueueDone(answer.status, answer.headers, answer.body, t);
        this.finish(pending, answer, t, UPSTREAM_TIMEOUT_NOTE, undefined, true);
      },
    });
  }

  private dispatch(
    pending: PendingRequest,
    fn: FunctionState,
    rest: string,
    t: number,
    cold: boolean,
    arrivedMs: number,
    onQueueDone: QueueDone | null,
  ): void {
    const name = fn.spec.name;
    // faas-netes picks a ready address of the function's Endpoints at random (pkg/k8s/proxy.go, rand.Intn).
    const podName = fn.readyPods[this.rng.int(fn.readyPods.length)] ?? '';
    let response = {
      status: 200,
      headers: { 'content-type': 'text/plain' } as Record<string, string>,
      body: pending.request.body ?? '',
    };
    if (pending.trace) {
      if (cold) pending.trace.hops.push(coldStartHop(name, t - arrivedMs));
      const ip = fn.podIPs.get(podName) ?? '';
      pending.trace.hops.push(providerHop(name, podName, ip, fn.readyPods.length));
      // With the chart's default directFunctions: false the leg is Pod to Pod: gateway Pod → the chosen
      // Pod's IP:8080 (cni0 or flannel VXLAN), no ClusterIP and no kube-proxy DNAT on the way.
      const leg = this.sim.routeRequest({
        ...pending.request,
        host: ip,
        port: WATCHDOG_PORT,
        path: rest,
        source: { kind: 'pod', ns: CORE_NAMESPACE, name: this.gatewayPod ?? '' },
      });
      pending.trace.hops.push(...leg.hops);
      if (leg.response) response = { ...leg.response, headers: { ...leg.response.headers } };
      Object.assign(pending.trace, { service: leg.service, servicePort: null, node: leg.node });
    }
    const work = fn.replicas.get(podName);
    const outcome = work
      ? work.admit(t, handlerWorkMs(this.options, name), fn.watchdog)
      : { status: 502 as const, startMs: t, endMs: t };
    const headers = {
      ...response.headers,
      'X-Duration-Seconds': ((outcome.endMs - outcome.startMs) / 1000).toFixed(6),
    };
    const body = replicaBody(outcome.status, response.body, fn.watchdog.maxInflight);
    const endMs = outcome.endMs + PROXY_OVERHEAD_MS;
    this.events.push({
      atMs: endMs,
      run: () => {
        fn.recordAnswer(endMs, outcome.status);
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
    pending: PendingRequest,
    answer: GatewayAnswer,
    endMs: number,
    note: Bilingual | null,
    rawTrace?: Trace,
    coldStart = false,
  ): void {
    if (pending.id < 0) return;
    const trace = rawTrace ?? pending.trace;
    if (trace && !rawTrace) answerTrace(trace, answer);
    const result = invocationResult(pending, answer, endMs, trace, note, coldStart);
    for (const listener of this.listeners) listener(result);
  }

  /** Draws the next X-Call-Id. */
  callId(): string {
    return this.rng.uuid();
  }
}

/** Creates OpenFaaS on a simulated k3s cluster, as after `arkade install openfaas-ce` (Community) or with Pro. */
export function createOpenFaaS(options: OpenFaaSOptions): OpenFaaSPlatform {
  return new OpenFaaSPlatform(options);
}
