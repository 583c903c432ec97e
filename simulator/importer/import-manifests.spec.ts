import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importManifests, MAX_INPUT_BYTES } from './import-manifests.ts';

const fixture = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const shared = (name: string): string => fixture(`../../test/fixtures/course/${name}`);
const local = (name: string): string => fixture(`../../test/simulator/fixtures/${name}`);

describe('importManifests', () => {
  it("refuses the course flaskapp.yaml's removed Ingress at its line, as kubectl does, and holds the fix", () => {
    // kubectl apply on a cluster past 1.22: error: resource mapping not found … ensure CRDs are installed first
    const result = importManifests(shared('flaskapp.yaml'), 'flaskapp.yaml');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({
      code: 'removed-api-version',
      severity: 'error',
      file: 'flaskapp.yaml',
      line: 34,
      path: 'apiVersion',
    });
    expect(result.diagnostics[0]!.message.en).toBe(
      'resource mapping not found for name: "flaskapp" namespace: "" from "flaskapp.yaml": no matches for kind "Ingress" in version "extensions/v1beta1"\nensure CRDs are installed first',
    );
    expect(result.diagnostics[0]!.fix?.en).toContain('faaslab sim migrate -f flaskapp.yaml');
    expect(result.diagnostics[0]!.message.es).toContain('1.22');
    expect(result.migrations).toMatchObject([
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
    ).toMatchObject({ code: 'wrong-type', path: 'spec.containers[0].image' });
  });
});
