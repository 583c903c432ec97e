import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importManifests, MAX_INPUT_BYTES } from './import-manifests.ts';

const fixture = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const shared = (name: string): string => fixture(`../../test/fixtures/course/${name}`);
const local = (name: string): string => fixture(`../../test/fixtures/simulator/${name}`);

describe('importManifests', () => {
  it("refuses the course flaskapp.yaml's removed Ingress at its line, as kubectl does, and holds the fix", () => {
    // kubectl apply on a cluster past 1.22: error: resource mapping not found … ensure CRDs are installed first
    const refused = importManifests(shared('flaskapp.yaml'), 'flaskapp.yaml');
    expect(refused.diagnostics).toHaveLength(1);
    expect(refused.diagnostics[0]).toMatchObject({
      code: 'removed-api-version',
      severity: 'error',
      place: { file: 'flaskapp.yaml', line: 34, path: 'apiVersion' },
    });
    expect(refused.diagnostics[0]!.message.en).toBe(
      'resource mapping not found for name: "flaskapp" namespace: "" from "flaskapp.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
    );
    expect(refused.diagnostics[0]!.fix?.en).toContain('faaslab sim migrate -f flaskapp.yaml');
    expect(refused.diagnostics[0]!.message.es).toContain('1.22');
    expect(refused.migrations).toMatchObject([
      { documentIndex: 2, object: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress' } },
    ]);
  });

  it('migrates the removed Ingress with a warning when asked to (faaslab sim migrate)', () => {
    const result = importManifests(shared('flaskapp.yaml'), 'flaskapp.yaml', [], {
      migrateRemovedApis: true,
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.objects.map((o) => o.object.kind)).toEqual(['Pod', 'Service', 'Ingress']);
    expect(result.warnings.map((w) => w.code)).toEqual(['removed-api-migrated']);
    expect(result.warnings[0]!.message.en).toContain('removed in Kubernetes 1.22');
    const ingress = result.objects[2]!.object as unknown as { apiVersion: string; spec: unknown };
    expect(ingress.apiVersion).toBe('networking.k8s.io/v1');
    expect(ingress.spec).toEqual({
      rules: [
        {
          http: {
            paths: [
              {
                path: '/',
                pathType: 'ImplementationSpecific',
                backend: { service: { name: 'flaskapp', port: { number: 80 } } },
              },
            ],
          },
        },
      ],
    });
  });

  it('reports a misspelt replicas field as kubectl strict validation does, with place and hint', () => {
    const [d, ...rest] = importManifests(local('misspelt-replicas.yaml'), 'web.yaml').diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'unknown-field',
      place: { file: 'web.yaml', line: 6, column: 3, path: 'spec.replica' },
    });
    expect(d!.message.en).toBe('strict decoding error: unknown field "spec.replica"');
    expect(d!.fix?.en).toContain('replicas');
  });

  it('rejects a nodePort outside 30000-32767 with the API server wording', () => {
    const [d] = importManifests(local('nodeport-out-of-range.yaml'), 'svc.yaml').diagnostics;
    expect(d).toMatchObject({
      code: 'node-port-range',
      place: { line: 12, column: 17, path: 'spec.ports[0].nodePort' },
    });
    expect(d!.message.en).toContain(
      'provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  it('positions schema type errors and missing required fields', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n  - port: "eighty"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n  template: {}\n';
    const result = importManifests(text, 'x.yaml');
    const codes = result.diagnostics.map((d) => `${d.code}@${d.place.line}:${d.place.path}`);
    expect(codes).toContain('wrong-type@7:spec.ports[0].port');
    expect(codes).toContain('required-field@13:spec.selector');
    expect(result.objects).toEqual([]);
  });

  it('reports syntax errors, unknown kinds and duplicates with lines', () => {
    const text =
      'apiVersion: v1\nkind: Pods\nmetadata: {name: a}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\nfoo: [1, 2\n';
    const result = importManifests(text, 'y.yaml');
    const codes = result.diagnostics.map((d) => `${d.code}@${d.place.line}`);
    expect(codes.slice(0, 2)).toEqual(['unknown-kind@2', 'duplicate-object@11']);
    expect(codes[2]).toMatch(/^yaml-syntax@1[34]$/);
    expect(result.diagnostics[0]!.fix?.en).toContain('kind: Pod');
  });

  it('refuses oversized input, alias bombs and absurd nesting quickly', () => {
    expect(
      importManifests('a: b\n'.repeat(MAX_INPUT_BYTES / 4), 'big.yaml').diagnostics.map((d) => d.code),
    ).toEqual(['input-too-large']);
    let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 9; i++)
      bomb += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`;
    expect(importManifests(bomb, 'bomb.yaml').diagnostics.map((d) => d.code)).toEqual(['yaml-alias-bomb']);
    expect(importManifests('['.repeat(50_000), 'deep.yaml').diagnostics.map((d) => d.code)).toEqual([
      'yaml-too-deep',
    ]);
    const indented = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(importManifests(indented, 'deep2.yaml').diagnostics.map((d) => d.code)).toEqual(['yaml-too-deep']);
  });

  it('keeps kinds it does not run, with a warning, and defaults the namespace', () => {
    const result = importManifests(
      'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx}]\n',
      'z.yaml',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['kind-not-simulated']);
    expect(result.objects.map((o) => [o.inert, o.object.metadata.namespace])).toEqual([
      [true, 'default'],
      [false, 'default'],
    ]);
  });

  it('migrates a Deployment from apps/v1beta1 and defaults its selector', () => {
    const text =
      'apiVersion: apps/v1beta1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    metadata: {labels: {app: d}}\n    spec:\n      containers: [{name: c, image: nginx}]\n';
    const result = importManifests(text, 'd.yaml', [], { migrateRemovedApis: true });
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings[0]!.message.en).toContain('removed in Kubernetes 1.16');
    expect(result.objects[0]!.object).toMatchObject({
      apiVersion: 'apps/v1',
      spec: { selector: { matchLabels: { app: 'd' } } },
    });
  });
});

describe('schema validators', () => {
  it('load on demand and stay loaded', async () => {
    const { loadSchemaValidators, schemaValidatorsLoaded } = await import('./schema-validators.ts');
    await loadSchemaValidators();
    expect(schemaValidatorsLoaded()).toBe(true);
    expect(
      importManifests(
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: 5}]}\n',
        'p.yaml',
      ).diagnostics[0],
    ).toMatchObject({ code: 'wrong-type', place: { path: 'spec.containers[0].image' } });
  });
});
