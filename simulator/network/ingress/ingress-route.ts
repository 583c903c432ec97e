import type { Bilingual } from '../../../core/index.ts';

/** One path of one Ingress rule, flattened for matching. */
export interface IngressRoute<B> {
  /** `namespace/name` of the Ingress. */
  ingress: string;
  host: string | null;
  path: string;
  pathType: 'Exact' | 'Prefix' | 'ImplementationSpecific';
  backend: B;
  /** True for the route standing for `spec.defaultBackend`. */
  isDefault: boolean;
}

/** Compiled routes answering (host, path) → route; `explain` says why a route wins, for the trace. */
export interface IngressMatcher<B> {
  match(host: string, path: string): IngressRoute<B> | null;
  explain(route: IngressRoute<B>): Bilingual;
}

/** Lower-cases a Host header and drops its port. */
export function normalizeHost(host: string): string {
  const colon = host.lastIndexOf(':');
  const bare = colon > 0 && !host.includes(']') ? host.slice(0, colon) : host;
  return /[A-Z]/.test(bare) ? bare.toLowerCase() : bare;
}

/** Drops the query string and fragment from a request path. */
export function pathOnly(path: string): string {
  let end = path.indexOf('?');
  const hash = path.indexOf('#');
  if (hash !== -1 && (end === -1 || hash < end)) end = hash;
  return end === -1 ? path : path.slice(0, end);
}

/** A route with its host and path tests compiled. */
export interface CompiledRoute<B> {
  route: IngressRoute<B>;
  host: (host: string) => boolean;
  path: (path: string) => boolean;
}

/**
 * Indexes routes (already in precedence order) by precise host: each precise host gets its own routes
 * merged, in order, with the wildcard and host-less ones, so a request only scans what can match.
 */
export function indexByHost<B>(ordered: ReadonlyArray<CompiledRoute<B>>): {
  byHost: Map<string, CompiledRoute<B>[]>;
  other: CompiledRoute<B>[];
} {
  const precise = (r: CompiledRoute<B>): string | null =>
    r.route.host !== null && !r.route.host.startsWith('*.') && !r.route.isDefault
      ? r.route.host.toLowerCase()
      : null;
  const byHost = new Map<string, CompiledRoute<B>[]>();
  const always = (): boolean => true;
  for (const r of ordered) {
    const h = precise(r);
    // In a precise host's own list its routes need no host test: only the path is checked per request.
    if (h !== null && !byHost.has(h))
      byHost.set(
        h,
        ordered
          .filter((x) => precise(x) === null || precise(x) === h)
          .map((x) => (precise(x) === h ? { ...x, host: always } : x)),
      );
  }
  return { byHost, other: ordered.filter((r) => precise(r) === null) };
}
