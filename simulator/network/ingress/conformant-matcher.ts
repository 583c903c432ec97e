import { hopText } from '../hop-texts.ts';
import {
  indexByHost,
  normalizeHost,
  pathOnly,
  type CompiledRoute,
  type IngressMatcher,
  type IngressRoute,
} from './ingress-route.ts';
import type { Bilingual } from '../../../core/index.ts';

/**
 * A route's path compiled once: Prefix matching per path element becomes "equal to the path without its
 * trailing slash, or starts with it plus a slash" (kubernetes.io/docs/concepts/services-networking/ingress/#examples).
 */
export function compilePrefix(rulePath: string): (requestPath: string) => boolean {
  const elements = rulePath.split('/').filter(Boolean);
  if (elements.length === 0) return () => true;
  const base = '/' + elements.join('/');
  const withSlash = base + '/';
  // Callers collapse repeated slashes first, so empty elements need no special case here.
  return (requestPath) => requestPath === base || requestPath.startsWith(withSlash);
}

/** Compiles a rule host (precise, `*.suffix`, or null for any) into a test on a lower-cased request host. */
export function compileHost(ruleHost: string | null): (host: string) => boolean {
  if (ruleHost === null) return () => true;
  const lower = ruleHost.toLowerCase();
  if (!lower.startsWith('*.')) return (host) => host === lower;
  const suffix = lower.slice(1);
  // The wildcard covers exactly one DNS label (IngressRule.Host godoc).
  return (host) =>
    host.endsWith(suffix) && host.indexOf('.') === host.length - suffix.length && host.length > suffix.length;
}

function hostRank(host: string | null): number {
  return host === null ? 0 : host.startsWith('*.') ? 1 : 2;
}

/** Length of a path without its trailing slash: "longest matching path" wins. */
function pathLength(path: string): number {
  return path.length > 1 && path.endsWith('/') ? path.length - 1 : path.length;
}

/**
 * The Kubernetes spec's Ingress matching: precise host over wildcard over no host; then the longest
 * matching path; then Exact over Prefix. ImplementationSpecific is treated as Prefix. With no match, the
 * first Ingress's `defaultBackend` (by creation) answers; else the controller returns 404.
 */
export function conformantMatcher<B>(routes: ReadonlyArray<IngressRoute<B>>): IngressMatcher<B> {
  // Sorted by precedence once, so the first match wins.
  const rules = routes
    .filter((r) => !r.isDefault)
    .sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
    .map((r): CompiledRoute<B> => {
      const prefix = compilePrefix(r.path);
      // Exact compares the path as sent; Prefix compares elements, so it gets the slash-collapsed path.
      return {
        route: r,
        host: compileHost(r.host),
        path: r.pathType === 'Exact' ? (p: string) => p === r.path : () => prefix(collapsed),
      };
    });
  let collapsed = '';
  const { byHost, other } = indexByHost(rules);
  const fallback = routes.find((r) => r.isDefault) ?? null;
  return {
    match(rawHost: string, rawPath: string): IngressRoute<B> | null {
      const host = normalizeHost(rawHost);
      const path = pathOnly(rawPath);
      collapsed = path.includes('//') ? path.replace(/\/{2,}/g, '/') : path;
      for (const r of byHost.get(host) ?? other) if (r.host(host) && r.path(path)) return r.route;
      return fallback;
    },
    explain(route: IngressRoute<B>): Bilingual {
      if (route.isDefault) return hopText('ingress-default-backend', { ingress: route.ingress });
      return hopText('ingress-conformant-rule', {
        host: route.host ?? '*',
        path: route.path,
        pathType: route.pathType,
        ingress: route.ingress,
      });
    },
  };
}

function better<B>(a: IngressRoute<B>, b: IngressRoute<B>): boolean {
  const hostDiff = hostRank(a.host) - hostRank(b.host);
  if (hostDiff !== 0) return hostDiff > 0;
  const lengthDiff = pathLength(a.path) - pathLength(b.path);
  if (lengthDiff !== 0) return lengthDiff > 0;
  return a.pathType === 'Exact' && b.pathType !== 'Exact';
}
