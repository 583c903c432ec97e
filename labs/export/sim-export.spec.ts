import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../simulator/index.ts';
import { parseYamlDocuments } from './manifest-yaml.ts';
import { exportSimulationYaml } from './sim-export.ts';

const fixture = (name: string) => ({
  name,
  text: readFileSync(new URL(`../../test/fixtures/export/${name}`, import.meta.url), 'utf8'),
});

describe('exportSimulationYaml', () => {
  it('drops what the cluster set (status, uid, resourceVersion, clusterIP, last-applied) and keeps the rest', () => {
    const { text, diagnostics } = exportSimulationYaml([fixture('simulator-state.yaml')]);
    expect(diagnostics).toEqual([]);
    const service = parseYamlDocuments(text).find((o) => o.kind === 'Service') as
      { metadata: Record<string, unknown>; spec: Record<string, unknown>; status?: unknown } | undefined;
    expect(service?.status).toBeUndefined();
    expect(Object.keys(service?.metadata ?? {}).sort()).toEqual(['annotations', 'name', 'namespace']);
    expect(service?.metadata.annotations).toEqual({ 'course.example/owner': 'ana' });
    expect(service?.spec.clusterIP).toBeUndefined();
    expect(service?.spec.ports).toEqual([{ port: 5000, targetPort: 5000, nodePort: 30036 }]);
  });
  it('migrates a removed API version, says so, and the result imports back without diagnostics or warnings', () => {
    const { text, warnings } = exportSimulationYaml([fixture('simulator-state.yaml')]);
    expect(warnings.length).toBeGreaterThan(0);
    expect(parseYamlDocuments(text).find((o) => o.kind === 'Ingress')).toMatchObject({
      apiVersion: 'networking.k8s.io/v1',
    });
    const again = validateManifests(text, 'exported.yaml');
    expect(again.diagnostics).toEqual([]);
    expect(again.warnings).toEqual([]);
  });
  it('exports nothing and reports the place when a file has an unknown field', () => {
    const { text, diagnostics } = exportSimulationYaml([fixture('unknown-field.yaml')]);
    expect(text).toBe('');
    expect(diagnostics[0]).toMatchObject({
      place: { file: 'unknown-field.yaml', line: 11, path: expect.stringContaining('targetPortt') },
    });
  });
});
