/**
 * What the stack file and the Function resource both say of a function beyond its image and environment:
 * the scaling labels and the container's limits and requests. stack.yml spells them as
 * docs.openfaas.com/reference/yaml/ does, and the Function CRD (faas-netes
 * artifacts/crds/openfaas.com_functions.yaml) takes the same `labels`, `limits` and `requests`.
 */
import type { ResolvedExportSettings } from './export-settings.ts';
import type { ExportableLab } from './exportable-lab.ts';
import { memoryLimit, memoryRequest } from './function-environment.ts';

/** OpenFaaS's scaling labels for the settings' minimum and maximum replicas. */
export function scaleLabels(settings: ResolvedExportSettings): Record<string, string> {
  return {
    'com.openfaas.scale.min': String(settings.scaleMin),
    'com.openfaas.scale.max': String(settings.scaleMax),
  };
}

/** The container's limits and requests, as both files write them. */
export interface FunctionResources {
  limits: { memory: string; cpu: string };
  requests: { memory: string; cpu: string };
}

/** The fields both files give a function under the same names (each adds its own, and spells read-only its way). */
export interface OpenFaaSFunctionFields extends FunctionResources {
  image: string;
  environment: Record<string, string>;
  labels: Record<string, string>;
}

/** The container's memory (from the lab's limit) and CPU (from the settings), as limits and requests. */
export function functionResources(lab: ExportableLab, settings: ResolvedExportSettings): FunctionResources {
  return {
    limits: { memory: memoryLimit(lab), cpu: settings.cpuLimit },
    requests: { memory: memoryRequest(lab), cpu: settings.cpuRequest },
  };
}
