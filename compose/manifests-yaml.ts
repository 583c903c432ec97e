/**
 * Manifests → one multi-document YAML text, the form `kubectl apply -f` and the simulator read.
 */
import { stringify } from 'yaml';
import type { KubernetesManifest } from './kubernetes-manifest.ts';

/** Each manifest as a YAML document, separated by `---`. */
export function manifestsToYaml(manifests: readonly KubernetesManifest[]): string {
  // Port names like "8000" must stay strings; the yaml library quotes them because they look numeric.
  return manifests.map((m) => stringify(m, { lineWidth: 0 })).join('---\n');
}
