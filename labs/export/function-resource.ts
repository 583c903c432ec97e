/**
 * The OpenFaaS Function custom resource (openfaas.com/v1) for a lab: what faas-netes' operator mode
 * turns into a Deployment and Service in openfaas-fn. Same settings as the stack file.
 * Schema: schemas/function-crd.yaml (faas-netes artifacts/crds/openfaas.com_functions.yaml).
 */
import { resolveExportSettings, type ExportSettings } from './export-settings.ts';
import type { ExportableLab } from './exportable-lab.ts';
import { functionEnvironment, memoryLimit, memoryRequest } from './function-environment.ts';
import { toYamlDocuments } from './manifest-yaml.ts';
import type { Diagnostic } from '../../core/index.ts';

/** The Function resource FaaS Lab writes. */
export interface FunctionResource {
  apiVersion: 'openfaas.com/v1';
  kind: 'Function';
  metadata: { name: string; namespace: string };
  spec: {
    name: string;
    image: string;
    labels: Record<string, string>;
    environment: Record<string, string>;
    limits: { memory: string; cpu: string };
    requests: { memory: string; cpu: string };
    readOnlyRootFilesystem: boolean;
  };
}

/** Builds the Function resource for a lab; the text is empty when a diagnostic is an error. */
export function exportFunctionResource(
  lab: ExportableLab,
  options: ExportSettings = {},
): { text: string; resource: FunctionResource; diagnostics: Diagnostic[] } {
  const { settings, diagnostics } = resolveExportSettings(lab, options, 'crd');
  const resource: FunctionResource = {
    apiVersion: 'openfaas.com/v1',
    kind: 'Function',
    metadata: { name: lab.id, namespace: settings.namespace },
    spec: {
      name: lab.id,
      image: settings.image,
      labels: {
        'com.openfaas.scale.min': String(settings.scaleMin),
        'com.openfaas.scale.max': String(settings.scaleMax),
      },
      environment: functionEnvironment(lab),
      limits: { memory: memoryLimit(lab), cpu: settings.cpuLimit },
      requests: { memory: memoryRequest(lab), cpu: settings.cpuRequest },
      readOnlyRootFilesystem: true,
    },
  };
  const header = [
    `FaaS Lab — ${lab.id}: OpenFaaS Function resource (needs OpenFaaS with the operator, e.g. arkade install openfaas --operator).`,
    `Build and push the image first (faas-cli build/push -f stack.yml), then: kubectl apply -f ${lab.id}-function.yaml`,
  ].join('\n');
  const failed = diagnostics.some((d) => d.severity === 'error');
  return { text: failed ? '' : toYamlDocuments([resource], header), resource, diagnostics };
}
