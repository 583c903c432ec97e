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
export function needsAuth(route: GatewayRoute): boolean {
  return route.kind.startsWith('system') || route.kind === 'scale-function';
}
