/**
 * How long a lab export takes — what the export dialog and `faaslab lab export` wait for — and how long the
 * strict Kubernetes validation (schema + unknown-field probe) of the whole export takes. Prints figures.
 */
import { listLabs } from '../labs/index.ts';
import {
  exportableLab,
  exportFunctionResource,
  exportK8sManifests,
  exportStackYaml,
  scoreManifests,
} from '../labs/export/index.ts';
import { loadFunctionServerFiles } from '../labs/export/function-server-files.ts';
import { validateFunctionResource } from '../labs/export/validate-function-resource.ts';
import { validateKubernetesObject } from '../simulator/index.ts';
import { measure } from './measure.ts';

const COLUMNS = { width: 48 };

const server = loadFunctionServerFiles();
const lab = exportableLab(listLabs()[0]!);
const k8s = exportK8sManifests(lab, server);
console.log(`lab ${lab.id}: k8s export ${k8s.text.length} characters, ${k8s.objects.length} objects`);
measure('exportStackYaml', 500, () => exportStackYaml(lab), COLUMNS);
measure('exportFunctionResource', 500, () => exportFunctionResource(lab), COLUMNS);
measure('exportK8sManifests (with YAML text)', 200, () => exportK8sManifests(lab, server), COLUMNS);
measure('scoreManifests (rule table)', 500, () => scoreManifests(k8s.objects), COLUMNS);
measure(
  'validateFunctionResource (CRD schema)',
  500,
  () => validateFunctionResource(exportFunctionResource(lab).resource),
  COLUMNS,
);
measure(
  'validateKubernetesObject ×6 (schema + strict)',
  20,
  () => k8s.objects.forEach((o) => validateKubernetesObject(o)),
  COLUMNS,
);
