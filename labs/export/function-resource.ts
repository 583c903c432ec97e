/**
 * The OpenFaaS Function custom resource (openfaas.com/v1) for a lab: what faas-netes' operator mode
 * turns into a Deployment and Service in openfaas-fn. The operator and the CRD are OpenFaaS Pro (chart
 * values.yaml "For OpenFaaS Pro and the Function CRD"); on Community Edition stack.yml + faas-cli is the way. Same settings as the stack file.
 * Schema: schemas/function-crd.yaml (faas-netes artifacts/crds/openfaas.com_functions.yaml).
 */
import { resolveExportSettings, type ExportSettings } from './export-settings.ts';
import type { ExportableLab } from './exportable-lab.ts';
import { functionEnvironment } from './function-environment.ts';
import { functionResources, scaleLabels, type OpenFaaSFunctionFields } from './openfaas-function-fields.ts';
import { exportText } from './manifest-yaml.ts';
import type { Diagnostic } from '../../core/index.ts';

/** The Function resource FaaS Lab writes. */
export interface FunctionResource {
  apiVersion: 'openfaas.com/v1';
  kind: 'Function';
  metadata: { name: string; namespace: string };
  spec: OpenFaaSFunctionFields & { name: string; readOnlyRootFilesystem: boolean };
}

/** The result of the Function resource export. */
export interface FunctionResourceExport {
  /** Empty when a diagnostic is an error. */
  text: string;
  resource: FunctionResource;
  diagnostics: Diagnostic[];
}

/** Builds the Function resource for a lab. */
export function exportFunctionResource(
  lab: ExportableLab,
  options: ExportSettings = {},
): FunctionResourceExport {
  const { settings, diagnostics } = resolveExportSettings(lab, options, 'crd');
  const resource: FunctionResource = {
    apiVersion: 'openfaas.com/v1',
    kind: 'Function',
    metadata: { name: lab.id, namespace: settings.namespace },
    spec: {
      name: lab.id,
      image: settings.image,
      labels: scaleLabels(settings),
      environment: functionEnvironment(lab),
      ...functionResources(lab, settings),
      readOnlyRootFilesystem: true,
    },
  };
  const header = [
    // faas-netes chart/openfaas/values.yaml @662ce9c: createCRDs: true (CE too); operator.create: false, "For OpenFaaS Pro and the Function CRD" (docs.openfaas.com/openfaas-pro/comparison/).
    `FaaS Lab — ${lab.id}: OpenFaaS Function resource. OpenFaaS Pro only (chart openfaasPro=true, operator.create=true): Community Edition installs the Function CRD but runs no operator for it; use stack.yml + faas-cli there.`,
    `Build and push the image first (faas-cli build/push -f stack.yml), then: kubectl apply -f ${lab.id}-function.yaml`,
  ].join('\n');
  return { text: exportText([resource], header, diagnostics), resource, diagnostics };
}
