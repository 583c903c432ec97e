/**
 * How long a lab export takes — what the export dialog and `faaslab lab export` wait for — and how long the
 * strict Kubernetes validation (schema + unknown-field probe) of the whole export takes. Prints figures.
 */
import { performance } from 'node:perf_hooks';
import { listLabs } from '../labs/index.ts';
import { exportableLab, exportFunctionResource, exportK8sManifests, exportStackYaml, scoreManifests } from '../labs/export/index.ts';
import { loadFunctionServerFiles } from '../labs/export/function-server-files.ts';
import { validateFunctionResource } from '../labs/export/validate-function-resource.ts';
import { validateKubernetesObject } from '../labs/export/validate-kubernetes-object.ts';

function measure(name: string, runs: number, fn: () => unknown): void {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  console.log(`${name.padEnd(48)} median ${at(0.5)} ms   p95 ${at(0.95)} ms   (${runs} runs)`);
}

const server = loadFunctionServerFiles();
const lab = exportableLab(listLabs()[0]!);
const k8s = exportK8sManifests(lab, server);
console.log(`lab ${lab.id}: k8s export ${k8s.text.length} characters, ${k8s.objects.length} objects`);
measure('exportStackYaml', 500, () => exportStackYaml(lab));
measure('exportFunctionResource', 500, () => exportFunctionResource(lab));
measure('exportK8sManifests (with YAML text)', 200, () => exportK8sManifests(lab, server));
measure('scoreManifests (rule table)', 500, () => scoreManifests(k8s.objects));
measure('validateFunctionResource (CRD schema)', 500, () => validateFunctionResource(exportFunctionResource(lab).resource));
measure('validateKubernetesObject ×6 (schema + strict)', 20, () => k8s.objects.forEach((o) => validateKubernetesObject(o)));
