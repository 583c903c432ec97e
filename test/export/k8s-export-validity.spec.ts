/**
 * Every object of every lab's plain k3s export is valid Kubernetes (kubernetes-models' OpenAPI schema plus
 * the strict unknown-field probe), passes the kube-score-style rule table, and imports into the simulator's
 * strict importer with zero diagnostics and zero warnings.
 */
import { describe, expect, it } from 'vitest';
import { listLabs } from '../../labs/index.ts';
import {
  exportableLab,
  exportK8sManifests,
  parseYamlDocuments,
  scoreManifests,
  type ExportSettings,
  type KubernetesObject,
} from '../../labs/export/index.ts';
import { loadFunctionServerFiles } from '../../labs/export/function-server-files.ts';
import { validateKubernetesObject, validateManifests } from '../../simulator/index.ts';

const serverFiles = loadFunctionServerFiles();
const variants: Array<[string, ExportSettings]> = [
  ['defaults', {}],
  [
    'host, namespace and NodePort set',
    { ingressHost: 'hello.192.168.1.10.nip.io', namespace: 'course', nodePort: 31080 },
  ],
];
const cases = listLabs().flatMap((lab) =>
  variants.map(([name, settings]) => [lab.id, name, lab, settings] as const),
);

describe.each(cases)('lab %s (%s)', (_id, _variant, lab, settings) => {
  const exported = exportK8sManifests(exportableLab(lab), serverFiles, settings);
  const objects = parseYamlDocuments(exported.text) as KubernetesObject[];

  it('exports without diagnostics the six objects of the plain k3s deployment', () => {
    expect(exported.diagnostics).toEqual([]);
    expect(objects.map((o) => `${o.kind}/${o.metadata?.name}`)).toEqual([
      `Namespace/${exported.settings.namespace}`,
      `ConfigMap/${lab.id}-function`,
      `Deployment/${lab.id}`,
      `Service/${lab.id}`,
      `Service/${lab.id}-nodeport`,
      `Ingress/${lab.id}`,
    ]);
  });

  it('validates every object against the Kubernetes OpenAPI schema, unknown fields rejected', () => {
    for (const object of objects) expect(validateKubernetesObject(object), `${object.kind}`).toEqual([]);
  });

  it('passes every kube-score-style rule', () => {
    expect(scoreManifests(objects)).toEqual([]);
  });

  it("imports into the simulator's strict importer with no diagnostics and no warnings", () => {
    const result = validateManifests(exported.text, `${lab.id}-k8s.yaml`);
    expect(result.diagnostics).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.objects).toHaveLength(objects.length);
  });
});
