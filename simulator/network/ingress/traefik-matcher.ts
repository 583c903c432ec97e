import { compileHost } from './conformant-matcher.ts';
import { hopText } from '../hop-texts.ts';
import { indexByHost, normalizeHost, pathOnly } from './ingress-route.ts';
import type { CompiledRoute, IngressMatcher, IngressRoute } from './ingress-route.ts';
import type { Bilingual } from '../../../core/index.ts';

/** A Traefik router built from one Ingress path. */
export interface TraefikRouter<B> {
  route: IngressRoute<B>;
  /** The rule text Traefik generates, e.g. ``Host(`a.com`) && PathPrefix(`/foo`)``. */
  rule: string;
  priority: number;
}

const MIN_PRIORITY = -2147483648;

/**
 * Turns Ingress paths into Traefik routers as traefik/traefik pkg/provider/kubernetes/ingress does:
 * Exact → Path, Prefix and ImplementationSpecific → PathPrefix (a plain string prefix unless
 * strictPrefixMatching), priority = len(rule) (pkg/muxer/http/mux.go GetRulePriority).
 * `spec.defaultBackend` only counts for an Ingress without rules, at the lowest priority.
 */
export function traefikRouters<B>(
  routes: ReadonlyArray<IngressRoute<B>>,
  ingressesWithRules: ReadonlySet<string>,
  strictPrefix = false,
): TraefikRouter<B>[] {
  const routers: TraefikRouter<B>[] = [];
  let defaultTaken = false;
  for (const route of routes) {
    if (route.isDefault) {
      // "The default backend already exists." — only one per cluster, and only for rule-less Ingresses.
      if (ingressesWithRules.has(route.ingress) || defaultTaken) continue;
      defaultTaken = true;
      routers.push({ route, rule: 'PathPrefix(`/`)', priority: MIN_PRIORITY });
      continue;
    }
    const parts: string[] = [];
    if (route.host) parts.push(hostRule(route.host));
    if (route.path)
      parts.push(
        route.pathType === 'Exact'
          ? `Path(\`${route.path}\`)`
          : strictPrefix && route.pathType === 'Prefix'
            ? strictRule(route.path)
            : `PathPrefix(\`${route.path}\`)`,
      );
    const rule = parts.join(' && ') || 'PathPrefix(`/`)';
    routers.push({ route, rule, priority: rule.length });
  }
  // Highest priority first; equal priorities by router name for a stable order.
  return routers.sort(
    (a, b) =>
      b.priority - a.priority ||
      (a.route.ingress < b.route.ingress ? -1 : a.route.ingress > b.route.ingress ? 1 : 0),
  );
}

/**
 * The host part of a rule as traefik pkg/provider/kubernetes/ingress buildHostRule writes it: a wildcard
 * `*.example.com` becomes ``HostRegexp(`^[a-zA-Z0-9-]+\.example\.com$`)`` (regexp.QuoteMeta, then `\*\.`
 * replaced), whose longer text gives it a higher priority than ``Host(`app.example.com`)`` for the same path.
 */
export function hostRule(host: string): string {
  if (!host.startsWith('*.')) return `Host(\`${host}\`)`;
  const quoted = host.slice(2).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
  return `HostRegexp(\`^[a-zA-Z0-9-]+\\.${quoted}$\`)`;
}

/**
 * providers.kubernetesIngress.strictPrefixMatching (Traefik ≥ 3.5, off by default on k3s): Prefix `/p`
 * becomes `(Path(/p) || PathPrefix(/p/))`, trailing slash trimmed first; `/` stays `PathPrefix(/)`.
 */
function strictRule(path: string): string {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed === '/' ? 'PathPrefix(`/`)' : `(Path(\`${trimmed}\`) || PathPrefix(\`${trimmed}/\`))`;
}

function strictPrefixTest(path: string): (p: string) => boolean {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (trimmed === '/') return () => true;
  const withSlash = `${trimmed}/`;
  return (p) => p === trimmed || p.startsWith(withSlash);
}

/**
 * What Traefik 3 on k3s does by default (spec §1.4): string prefixes, longest rule first, 404 page not
 * found. With `strictPrefix`, Prefix matches per path element as the Kubernetes docs describe.
 */
export function traefikMatcher<B>(
  routes: ReadonlyArray<IngressRoute<B>>,
  strictPrefix = false,
): IngressMatcher<B> {
  const withRules = new Set(routes.filter((r) => !r.isDefault).map((r) => r.ingress));
  const routers = traefikRouters(routes, withRules, strictPrefix);
  const compiled = routers.map((router): CompiledRoute<B> => {
    const r = router.route;
    const exact = r.pathType === 'Exact';
    const prefix =
      strictPrefix && r.pathType === 'Prefix'
        ? strictPrefixTest(r.path)
        : (p: string) => p.startsWith(r.path);
    return {
      route: r,
      host: r.isDefault ? () => true : compileHost(r.host),
      path: r.isDefault ? () => true : exact ? (p: string) => p === r.path : prefix,
    };
  });
  const { byHost, other } = indexByHost(compiled);
  return {
    match(rawHost: string, rawPath: string): IngressRoute<B> | null {
      const host = normalizeHost(rawHost);
      const path = pathOnly(rawPath);
      for (const c of byHost.get(host) ?? other) if (c.host(host) && c.path(path)) return c.route;
      return null;
    },
    explain(route: IngressRoute<B>): Bilingual {
      const router = routers.find((r) => r.route === route);
      const rule = router?.rule ?? '';
      const priority = router?.priority ?? 0;
      return hopText('traefik-router', { rule, priority, ingress: route.ingress });
    },
  };
}
