/**
 * kompose's own fixtures: our output must equal kompose's expected output object for object, up to
 * the documented differences (no kompose.cmd/version annotations, no empty fields Go prints).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { convertCompose } from './convert-compose.ts';

const fixture = (path: string): string =>
  readFileSync(new URL(`../test/fixtures/compose/${path}`, import.meta.url), 'utf8');

/** Objects keyed by `Kind/name`, with what kompose prints but means nothing removed. */
function semantic(objects: unknown[]): Record<string, unknown> {
  const byKey: Record<string, unknown> = {};
  for (const object of objects) {
    const clean = prune(object) as { kind: string; metadata: { name: string } };
    byKey[`${clean.kind}/${clean.metadata.name}`] = clean;
  }
  return byKey;
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (['creationTimestamp', 'status', 'kompose.cmd', 'kompose.version'].includes(key)) continue;
    const p = prune(v);
    if (p === '' || p === null || (typeof p === 'object' && !Array.isArray(p) && Object.keys(p).length === 0))
      continue;
    out[key] = p;
  }
  return out;
}

function convert(path: string): Record<string, unknown> {
  const dir = path.slice(0, path.lastIndexOf('/'));
  const result = convertCompose(fixture(path), { file: path, readFile: (file) => fixture(`${dir}/${file}`) });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return semantic(result.manifests);
}

const expectedYaml = (path: string): Record<string, unknown> =>
  semantic(
    parseAllDocuments(fixture(path))
      .map((d) => d.toJS() as unknown)
      .filter((o) => o !== null),
  );

describe('convertCompose against kompose fixtures', () => {
  it('expose: Services, Deployments and a TLS Ingress with Prefix paths', () => {
    expect(convert('expose/compose.yaml')).toEqual(expectedYaml('expose/output-k8s.yaml'));
  });

  it('env: environment → env, env_file → one shared ConfigMap + envFrom', () => {
    expect(convert('env/compose.yaml')).toEqual(expectedYaml('env/output-k8s.yaml'));
  });

  it('named-volume: PVC sizes from volume and service labels, selector, Recreate', () => {
    const expected = JSON.parse(fixture('named-volume/output-k8s-v3.json')) as { items: unknown[] };
    const ours = convert('named-volume/docker-compose-v3.yml');
    // This older fixture predates kompose writing `protocol: TCP` on container ports.
    const deployment = JSON.stringify(ours['Deployment/db']).replace(/,"protocol":"TCP"/g, '');
    expect({ ...ours, 'Deployment/db': JSON.parse(deployment) as unknown }).toEqual(semantic(expected.items));
  });

  it('redis-example: the same objects as expose without the Ingress', () => {
    const expected = expectedYaml('expose/output-k8s.yaml');
    delete expected['Ingress/web'];
    expect(convert('redis-example/compose.yaml')).toEqual(expected);
  });

  it('examples/compose.yaml: a command string becomes args split like a shell', () => {
    const ours = convert('examples/compose.yaml') as Record<
      string,
      { spec: { template: { spec: { containers: { args?: string[] }[] } } } }
    >;
    expect(ours['Deployment/redis-replica']?.spec.template.spec.containers[0]?.args).toEqual([
      'redis-server',
      '--replicaof',
      'redis-leader',
      '6379',
      '--dir',
      '/tmp',
    ]);
    expect(Object.keys(ours).sort()).toEqual([
      'Deployment/redis-leader',
      'Deployment/redis-replica',
      'Deployment/web',
      'Service/redis-leader',
      'Service/redis-replica',
      'Service/web',
    ]);
  });
});
