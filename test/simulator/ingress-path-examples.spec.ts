import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileHost, conformantMatcher } from '../../simulator/network/ingress/conformant-matcher.ts';
import type { IngressRoute } from '../../simulator/network/ingress/ingress-route.ts';
import { traefikMatcher } from '../../simulator/network/ingress/traefik-matcher.ts';

interface Row {
  kind: string;
  paths: Array<{ path: string; pathType: 'Exact' | 'Prefix' }>;
  request: string;
  matches: boolean;
  winner?: string;
}
const table = JSON.parse(
  readFileSync(new URL('../fixtures/course/ingress-path-examples.json', import.meta.url), 'utf8'),
) as {
  pathExamples: Row[];
  hostExamples: Array<{ host: string; hostHeader: string; matches: boolean }>;
};

const routesOf = (row: Row): IngressRoute<string>[] =>
  row.paths.map((p) => ({
    ingress: 'default/x',
    host: null,
    path: p.path,
    pathType: p.pathType,
    backend: `${p.path} (${p.pathType})`,
    isDefault: false,
  }));
const requests = (row: Row): string[] =>
  row.request === '(all paths)' ? ['/', '/foo', '/aaa/bbb/ccc', '/x/'] : [row.request];

describe('Kubernetes docs Ingress examples table (conformant mode)', () => {
  it.each(
    table.pathExamples.map(
      (r) => [`${r.kind} ${r.paths.map((p) => p.path).join(', ')} ← ${r.request}`, r] as const,
    ),
  )('%s', (_, row) => {
    const matcher = conformantMatcher(routesOf(row));
    for (const path of requests(row)) {
      const route = matcher.match('any.host', path);
      expect(route !== null).toBe(row.matches);
      if (row.winner) expect(route!.backend.startsWith(row.winner.replace(/ \(.*\)$/, ''))).toBe(true);
      if (row.winner?.includes('(Exact)')) expect(route!.pathType).toBe('Exact');
    }
  });

  it.each(table.hostExamples.map((h) => [`${h.host} ← ${h.hostHeader}`, h] as const))('host %s', (_, h) => {
    // compileHost is what both matchers use; request hosts reach it lower-cased.
    expect(compileHost(h.host)(h.hostHeader.toLowerCase())).toBe(h.matches);
  });
});

describe('Traefik 3 default matching on the same table', () => {
  // PathPrefix is a plain string prefix and the longer rule string wins (traefik pkg/muxer/http).
  const traefikExpected = (row: Row, path: string): string | null => {
    const candidates = row.paths
      .filter((p) => (p.pathType === 'Exact' ? path === p.path : path.startsWith(p.path)))
      .sort(
        (a, b) =>
          (b.pathType === 'Exact' ? `Path(\`${b.path}\`)` : `PathPrefix(\`${b.path}\`)`).length -
          (a.pathType === 'Exact' ? `Path(\`${a.path}\`)` : `PathPrefix(\`${a.path}\`)`).length,
      );
    const best = candidates[0];
    return best ? `${best.path} (${best.pathType})` : null;
  };

  it.each(
    table.pathExamples.map(
      (r) => [`${r.kind} ${r.paths.map((p) => p.path).join(', ')} ← ${r.request}`, r] as const,
    ),
  )('%s', (_, row) => {
    const matcher = traefikMatcher(routesOf(row));
    for (const path of requests(row))
      expect(matcher.match('any.host', path)?.backend ?? null).toBe(traefikExpected(row, path));
  });

  it('differs from the spec where the course says it does', () => {
    const prefix = traefikMatcher<string>([
      { ingress: 'd/x', host: null, path: '/aaa/bbb', pathType: 'Prefix', backend: 'b', isDefault: false },
    ]);
    expect(prefix.match('h', '/aaa/bbbxyz')).not.toBeNull();
    const both: IngressRoute<string>[] = [
      { ingress: 'd/x', host: null, path: '/foo', pathType: 'Prefix', backend: 'prefix', isDefault: false },
      { ingress: 'd/x', host: null, path: '/foo', pathType: 'Exact', backend: 'exact', isDefault: false },
    ];
    expect(traefikMatcher(both).match('h', '/foo')?.backend).toBe('prefix');
    expect(conformantMatcher(both).match('h', '/foo')?.backend).toBe('exact');
  });
});

describe('Prefix matching per element with repeated slashes', () => {
  it('treats empty path elements as the element-wise rule does', () => {
    const matcher = conformantMatcher<string>([
      { ingress: 'd/x', host: null, path: '/foo/bar', pathType: 'Prefix', backend: 'p', isDefault: false },
    ]);
    expect(matcher.match('h', '/foo//bar/baz')?.backend).toBe('p');
    expect(matcher.match('h', '/foo/barbaz')).toBeNull();
  });
});
