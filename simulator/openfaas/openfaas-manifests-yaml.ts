import { stringify } from 'yaml';
import type { OpenFaaSEdition } from './editions.ts';
import { functionWorkload } from './function-extension.ts';
import type { FunctionSpec } from './function-spec.ts';
import { installManifests } from './install-manifests.ts';

/**
 * OpenFaaS and some functions as plain Kubernetes YAML (no Function CR), for a simulator that does not
 * load the OpenFaaS layer — e.g. a ClusterSimulator scenario that shows NodePort 31112 → gateway Pod and
 * the function's Deployment and Service in openfaas-fn.
 */
export function openfaasManifestsYaml(edition: OpenFaaSEdition, functions: readonly FunctionSpec[]): string {
  return [...installManifests(edition), ...functions.flatMap(functionWorkload)]
    .map((o) => stringify(o))
    .join('---\n');
}
