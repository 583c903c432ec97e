import type { SimRequest } from '../index.ts';
import { FUNCTION_NAMESPACE } from './function-spec.ts';
import type { QueuedCall } from './async-queue.ts';
import { EDITIONS, type OpenFaaSEdition } from './editions.ts';
import type { FunctionState } from './function-state.ts';
import { functionNotFoundBody, gatewayOwnAnswer, type GatewayRoute } from './gateway-route.ts';

/** What the responder needs from the platform (kept narrow so the two files do not import each other). */
export interface GatewayHost {
  readonly edition: OpenFaaSEdition;
  readonly credentials: { user: string; password: string };
  functions(): ReadonlyMap<string, FunctionState>;
  scaleFunction(name: string, replicas: number): boolean;
  publish(call: QueuedCall): void;
  callId(): string;
}

/** An answer of the gateway itself, or of a function, before it becomes an invocation result. */
export interface GatewayAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  pod: string | null;
}

function header(request: SimRequest, name: string): string | undefined {
  for (const [k, v] of Object.entries(request.headers ?? {})) if (k.toLowerCase() === name) return v;
  return undefined;
}

function json(status: number, value: unknown): GatewayAnswer {
  return { status, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value), pod: null };
}

function text(status: number, body: string, headers: Record<string, string> = {}): GatewayAnswer {
  return { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, body, pod: null };
}

function readReplicas(body: string): number {
  try {
    return Number((JSON.parse(body || '{}') as { replicas?: unknown }).replicas);
  } catch {
    return Number.NaN;
  }
}

/**
 * The gateway's own answers: /healthz, the /system API behind basic auth, and the 202 of /async-function
 * (which publishes the call to NATS). `function` means the request goes on to a function.
 */
export class GatewayResponder {
  constructor(private readonly platform: GatewayHost) {}

  /** 404 for a function the provider does not know. */
  notFound(name: string): GatewayAnswer {
    return text(404, functionNotFoundBody(name));
  }

  private authorized(request: SimRequest): boolean {
    const value = header(request, 'authorization');
    const { user, password } = this.platform.credentials;
    return value === `Basic ${btoa(`${user}:${password}`)}`;
  }

  /** Answers a gateway route, or says the request is for a function. */
  answer(request: SimRequest, parsed: GatewayRoute, atMs: number): GatewayAnswer | 'function' {
    const route = gatewayOwnAnswer(parsed, this.authorized(request));
    if ('status' in route)
      return text(route.status, route.body, route.challenge ? { 'WWW-Authenticate': route.challenge } : {});
    const fns = this.platform.functions();
    switch (route.kind) {
      case 'system-info':
        return json(200, {
          provider: { provider: 'faas-netes', orchestration: 'kubernetes' },
          edition: this.platform.edition,
        });
      case 'system-functions':
        if (request.method !== 'GET') return text(405, 'Method Not Allowed\n');
        return json(
          200,
          [...fns.values()].map((fn) => ({
            name: fn.spec.name,
            image: fn.spec.image,
            namespace: FUNCTION_NAMESPACE,
            labels: fn.spec.labels,
            replicas: fn.desiredReplicas,
            availableReplicas: fn.readyPods.length,
            invocationCount: fn.invocationCount,
          })),
        );
      case 'system-function': {
        const fn = fns.get(route.name);
        if (!fn) return this.notFound(route.name);
        return json(200, {
          name: fn.spec.name,
          image: fn.spec.image,
          namespace: FUNCTION_NAMESPACE,
          replicas: fn.desiredReplicas,
          availableReplicas: fn.readyPods.length,
        });
      }
      case 'scale-function': {
        const replicas = readReplicas(request.body ?? '');
        if (!Number.isInteger(replicas) || replicas < 0)
          return text(400, 'replicas must be an integer >= 0\n');
        // The CE gateway clamps the request to 1–5 before passing it on (openfaas/faas gateway/scaling/ranges.go).
        const cap = EDITIONS[this.platform.edition].maxReplicas;
        const wanted = cap === null ? replicas : Math.min(cap, Math.max(1, replicas));
        return this.platform.scaleFunction(route.name, wanted) ? text(202, '') : this.notFound(route.name);
      }
      case 'async-function': {
        if (!fns.has(route.name)) return this.notFound(route.name);
        const callId = this.platform.callId();
        this.platform.publish({
          callId,
          functionName: route.name,
          method: request.method,
          path: route.rest,
          headers: request.headers ?? {},
          body: request.body ?? '',
          callbackUrl: header(request, 'x-callback-url') ?? null,
          queuedMs: atMs,
        });
        return text(202, '', { 'X-Call-Id': callId });
      }
      case 'function':
        return 'function';
    }
  }
}
