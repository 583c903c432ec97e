import { describe, expect, it } from 'vitest';
import { conformantMatcher } from './conformant-matcher.ts';
import type { IngressRoute } from './ingress-route.ts';
import { hostRule, traefikMatcher } from './traefik-matcher.ts';

// traefik/traefik pkg/provider/kubernetes/ingress/kubernetes.go buildHostRule; priority = len(rule)
// (pkg/muxer/http/mux.go GetRulePriority).
const route = (ingress: string, host: string | null, path = '/'): IngressRoute<string> => ({
  ingress,
  host,
  path,
  pathType: 'Prefix',
  backend: ingress,
  isDefault: false,
});

describe('Traefik router rules and priority', () => {
  it('writes a wildcard host as HostRegexp, as buildHostRule does', () => {
    expect(hostRule('app.example.com')).toBe('Host(`app.example.com`)');
    expect(hostRule('*.example.com')).toBe('HostRegexp(`^[a-zA-Z0-9-]+\\.example\\.com$`)');
  });

  it('a wildcard host outranks an exact host for the same path (longer rule), unlike the spec', () => {
    const routes = [route('default/exact', 'app.example.com'), route('default/wild', '*.example.com')];
    const traefik = traefikMatcher(routes);
    const won = traefik.match('app.example.com', '/');
    expect(won?.ingress).toBe('default/wild');
    expect(traefik.explain(won!).en).toBe(
      'Traefik router HostRegexp(`^[a-zA-Z0-9-]+\\.example\\.com$`) && PathPrefix(`/`) (priority 62 = rule length) of default/wild.',
    );
    // The wildcard still covers exactly one label.
    expect(traefik.match('a.b.example.com', '/')).toBeNull();
    // The Kubernetes spec prefers the precise host.
    expect(conformantMatcher(routes).match('app.example.com', '/')?.ingress).toBe('default/exact');
  });

  it('a longer exact-host rule still wins over a wildcard with a shorter path', () => {
    const routes = [
      route('default/exact', 'app.example.com', '/very/long/path/indeed/for/this'),
      route('default/wild', '*.example.com'),
    ];
    expect(
      traefikMatcher(routes).match('app.example.com', '/very/long/path/indeed/for/this/x')?.ingress,
    ).toBe('default/exact');
  });
});
