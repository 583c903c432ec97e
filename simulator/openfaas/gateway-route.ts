import { FUNCTION_NAMESPACE } from './function-spec.ts';

/** A gateway route, parsed from a request path (github.com/openfaas/faas gateway/main.go routes). */
export type GatewayRoute =
  | { kind: 'function'; name: string; rest: string }
  | { kind: 'async-function'; name: string; rest: string }
  | { kind: 'system-functions' }
  | { kind: 'system-function'; name: string }
  | { kind: 'scale-function'; name: string }
  | { kind: 'system-info' }
  | { kind: 'healthz' }
  | { kind: 'not-found' };

/** Parses the path the gateway received (query ignored). The function name may carry `.namespace`. */
export function parseGatewayRoute(pathWithQuery: string): GatewayRoute {
  const path = pathWithQuery.split('?')[0] ?? '/';
  const fn = /^\/(function|async-function)\/([^/]+)(\/.*)?$/.exec(path);
  if (fn) {
    const name = (fn[2] ?? '').split('.')[0] ?? '';
    return { kind: fn[1] === 'function' ? 'function' : 'async-function', name, rest: fn[3] ?? '/' };
  }
  if (path === '/system/functions') return { kind: 'system-functions' };
  const one = /^\/system\/function\/([^/]+)$/.exec(path);
  if (one) return { kind: 'system-function', name: one[1] ?? '' };
  const scale = /^\/system\/scale-function\/([^/]+)$/.exec(path);
  if (scale) return { kind: 'scale-function', name: scale[1] ?? '' };
  if (path === '/system/info') return { kind: 'system-info' };
  if (path === '/healthz') return { kind: 'healthz' };
  return { kind: 'not-found' };
}

/** True for routes behind the gateway's basic auth (every /system route). */
function needsAuth(route: GatewayRoute): boolean {
  return route.kind.startsWith('system') || route.kind === 'scale-function';
}

/** A route the gateway passes on to its provider (every route but /healthz and a path it has no route for). */
export type ProviderRoute = Exclude<GatewayRoute, { kind: 'healthz' } | { kind: 'not-found' }>;

/** An answer the gateway gives by itself, before asking its provider. */
export interface GatewayOwnAnswer {
  status: number;
  body: string;
  /** The WWW-Authenticate challenge of a 401. */
  challenge?: string;
}

/**
 * What the gateway answers alike whatever backs it (gateway/main.go, the basic-auth middleware): 401 with a
 * challenge for a /system route without credentials (`authorized` false), OK on /healthz, 404 for a path with
 * no route. Any other route goes on to the provider, and is returned as such.
 */
export function gatewayOwnAnswer(route: GatewayRoute, authorized: boolean): GatewayOwnAnswer | ProviderRoute {
  if (needsAuth(route) && !authorized)
    return { status: 401, body: 'Unauthorized\n', challenge: 'Basic realm="Restricted"' };
  if (route.kind === 'healthz') return { status: 200, body: 'OK' };
  if (route.kind === 'not-found') return { status: 404, body: '404 page not found\n' };
  return route;
}

/** The gateway's 404 body for a function its provider does not know. */
export function functionNotFoundBody(name: string): string {
  return `error finding function ${name}.${FUNCTION_NAMESPACE}: not found\n`;
}
