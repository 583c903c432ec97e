import type { Bilingual } from '../../api-types.ts';

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
  return bare.toLowerCase();
}

/** Drops the query string and fragment from a request path. */
export function pathOnly(path: string): string {
  const q = path.search(/[?#]/);
  return q === -1 ? path : path.slice(0, q);
}
