import type {
  BackendResponse,
  IngressMode,
  PodBackend,
  SimRequest,
  SimulationOptions,
  Trace,
} from './api-types.ts';
import type { ControlPlane } from './controllers/control-plane.ts';
import { dnsEgressDenied, resolveName } from './network/cluster-dns.ts';
import { echoBackend } from './network/echo-backend.ts';
import { hopText } from './network/hop-texts.ts';
import { iptablesSave } from './network/iptables-rules.ts';
import { attachPackets } from './network/packet-path.ts';
import { backendHop, planRoute, type PendingCall, type RouteContext } from './network/route-request.ts';
import { buildRoutingTable } from './network/routing-table.ts';
import { podView } from './snapshot/pod-view.ts';

/**
 * A simulation's requests: the routing table (rebuilt only when the cluster changed), the Ingress mode,
 * session-affinity memory and the request counter (both replayed from a recording), and the Pod backends
 * that answer, newest first, before the built-in echo.
 */
export class RequestRouter {
  /** Session affinity: client and Service → chosen endpoint and when it was chosen. */
  readonly affinity = new Map<string, [string, number]>();
  /** Requests routed so far (each draws its own endpoint choice). */
  requestCount = 0;
  private readonly backends: PodBackend[] = [];
  private routeContext: RouteContext | null = null;
  private packetSerial = 0;

  constructor(
    private readonly cp: ControlPlane,
    private readonly options: SimulationOptions,
    private ingressMode: IngressMode,
  ) {}

  /** How Ingress rules are matched now. */
  get mode(): IngressMode {
    return this.ingressMode;
  }

  set mode(mode: IngressMode) {
    this.ingressMode = mode;
    this.routeContext = null;
  }

  /** The routing table and context, rebuilt only when the cluster changed since the last request. */
  private context(): RouteContext {
    this.cp.reconcile();
    const version = this.cp.engine.version;
    let ctx = this.routeContext;
    if (!ctx || ctx.table.version !== version || ctx.table.mode !== this.mode) {
      const table = buildRoutingTable(
        this.cp.state,
        this.mode,
        version,
        podView,
        this.options.traefik?.strictPrefixMatching === true,
      );
      ctx = this.routeContext = {
        table,
        seed: this.options.seed,
        nowMs: 0,
        nextRequest: () => this.requestCount++,
        affinity: this.affinity,
      };
    }
    ctx.nowMs = this.cp.engine.nowMs;
    return ctx;
  }

  private backendFor(call: PendingCall): PodBackend {
    for (let i = this.backends.length - 1; i >= 0; i--)
      if (this.backends[i]!.handles(call.request.pod)) return this.backends[i]!;
    return echoBackend;
  }

  /** kube-proxy's rules on a node as `iptables-save` prints them; null for no such node. */
  iptablesSave(node: string): string | null {
    return iptablesSave(this.cp.state, this.context().table, node);
  }

  /** What CoreDNS answers (see `Simulation.dnsLookup`). */
  dnsLookup(
    name: string,
    namespace: string,
    fromPod?: string,
  ): { name: string; addresses: string[] } | null | 'refused' {
    const table = this.context().table;
    const pod = fromPod ? this.cp.state.pods.get(`${namespace}/${fromPod}`) : undefined;
    if (pod && dnsEgressDenied(table, pod)) return 'refused';
    return resolveName(table, name, namespace);
  }

  /** With the packets option, gives each hop its packet (a post-pass, so routing itself pays nothing). */
  private withPackets(trace: Trace, request: SimRequest): Trace {
    if (this.options.packets && this.routeContext)
      attachPackets(this.routeContext.table, trace, request, this.options.seed, this.packetSerial++);
    return trace;
  }

  /** Routes a request; an async backend's answer is not awaited (the trace says so). */
  route(request: SimRequest): Trace {
    const plan = planRoute(this.context(), request);
    if (!('target' in plan)) return this.withPackets(plan, request);
    const answer = this.backendFor(plan).handle(plan.request);
    if (answer instanceof Promise) {
      answer.catch(() => undefined);
      return this.withPackets(finish(plan, null, hopText('async-backend')), request);
    }
    return this.withPackets(finish(plan, answer, null), request);
  }

  /** Routes a request and awaits the Pod's backend; a backend that throws answers 502. */
  async routeAsync(request: SimRequest, signal?: AbortSignal): Promise<Trace> {
    const plan = planRoute(this.context(), request);
    if (!('target' in plan)) return this.withPackets(plan, request);
    try {
      signal?.throwIfAborted();
      const answer = await this.backendFor(plan).handle(plan.request);
      return this.withPackets(finish(plan, answer, null), request);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const failed = finish(
        plan,
        { status: 502, headers: {}, body: '' },
        hopText('handler-failed', { text }),
      );
      return this.withPackets(failed, request);
    }
  }

  /** Adds a Pod backend (checked before the echo, newest first); returns its removal. */
  addBackend(backend: PodBackend): () => void {
    this.backends.push(backend);
    return () => {
      const i = this.backends.indexOf(backend);
      if (i >= 0) this.backends.splice(i, 1);
    };
  }
}

function finish(plan: PendingCall, answer: BackendResponse | null, error: Trace['error']): Trace {
  const trace = plan.trace;
  trace.response = answer;
  trace.status = answer?.status ?? 0;
  trace.outcome = answer ? 'answered' : 'error';
  trace.error = error;
  trace.hops.push(
    answer && !error
      ? backendHop(plan.target, answer.status)
      : {
          kind: 'backend',
          name: plan.target.podKey,
          detail: error ?? hopText('no-answer'),
          status: trace.status,
        },
  );
  return trace;
}
