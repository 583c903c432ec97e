import {
  echoBackend,
  type BackendRequest,
  type BackendResponse,
  type PodBackend,
  type Simulation,
} from '../index.ts';
import { CORE_NAMESPACE, FUNCTION_NAMESPACE } from './function-spec.ts';
import { functionNotFoundBody, gatewayOwnAnswer, parseGatewayRoute } from './gateway-route.ts';
import { SeededRandom } from './seeded-random.ts';

function text(status: number, body: string, headers: Record<string, string> = {}): BackendResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body };
}

/**
 * The OpenFaaS gateway's own answers for a plain simulated cluster (a scenario, `faaslab sim route`), where
 * the gateway Pod is not backed by the OpenFaaS platform: /system routes need basic auth (401 without an
 * Authorization header; the simulator has no basic-auth Secret to check the password against), an
 * /async-function call is queued (202 with X-Call-Id), /healthz answers OK, and an unknown function is 404
 * (github.com/openfaas/faas gateway/main.go routes, gateway/handlers). A /function call is forwarded by the
 * real gateway to the function's Service; here the Pod answers like the echo server, and the forwarding leg
 * is a request of its own from the gateway's Pod.
 */
export function openfaasGatewayBackend(sim: Simulation, seed: number): PodBackend {
  const rng = new SeededRandom(seed ^ 0x6a7e);
  const functionExists = (name: string): boolean =>
    sim.snapshot().deployments.some((d) => d.namespace === FUNCTION_NAMESPACE && d.name === name);
  return {
    handles: (pod) => pod.namespace === CORE_NAMESPACE && pod.labels.app === 'gateway',
    handle(request: BackendRequest): BackendResponse {
      const auth = Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
      const route = gatewayOwnAnswer(parseGatewayRoute(request.path), auth?.startsWith('Basic ') ?? false);
      if ('status' in route)
        return text(route.status, route.body, route.challenge ? { 'www-authenticate': route.challenge } : {});
      switch (route.kind) {
        case 'async-function':
          if (!functionExists(route.name)) return text(404, functionNotFoundBody(route.name));
          return text(202, '', { 'x-call-id': rng.uuid() });
        case 'function':
          if (!functionExists(route.name)) return text(404, functionNotFoundBody(route.name));
          return echoBackend.handle(request) as BackendResponse;
        case 'system-functions': {
          const list = sim
            .snapshot()
            .deployments.filter((d) => d.namespace === FUNCTION_NAMESPACE)
            .map((d) => ({
              name: d.name,
              image: d.images[0] ?? '',
              namespace: FUNCTION_NAMESPACE,
              replicas: d.replicas,
              availableReplicas: d.readyReplicas,
            }));
          return { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(list) };
        }
        default:
          return echoBackend.handle(request) as BackendResponse;
      }
    },
  };
}
