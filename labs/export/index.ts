/**
 * labs/export: a lab → YAML for a real cluster. Browser-safe exporters:
 * - {@link exportStackYaml}: stack.yml for faas-cli (template node22);
 * - {@link exportFunctionResource}: the OpenFaaS Function resource (openfaas.com/v1);
 * - {@link exportK8sManifests}: plain k3s manifests (no OpenFaaS, no registry, no build);
 * - exportCommands: the commands that take each format to a cluster, explained in both languages.
 * The simulator's state as clean YAML: sim-export.ts (it loads the simulator, so it is not re-exported here).
 * Node-only helpers live beside them: function-server-files.ts (reads the server's .mjs files),
 * validate-function-resource.ts (CRD schema), cli.ts and deploy-command.ts (the command line).
 */
export { EXPORT_MESSAGES } from './export-messages.ts';
export type { ExportMessageCode } from './export-messages.ts';
export type { ExportFormat, ExportSettings, ResolvedExportSettings } from './export-settings.ts';
export {
  DEFAULT_GATEWAY,
  DEFAULT_NODE_IMAGE,
  isPinnedImage,
  resolveExportSettings,
} from './export-settings.ts';
export type { ExportableLab, HandlerChoice } from './exportable-lab.ts';
export { exportableLab } from './exportable-lab.ts';
export { exportStackYaml, STACK_TEMPLATE } from './stack-yaml.ts';
export type { StackFile, StackFunction } from './stack-yaml.ts';
export { exportFunctionResource } from './function-resource.ts';
export type { FunctionResource } from './function-resource.ts';
export { exportK8sManifests } from './k8s-manifests.ts';
export type { K8sExport, KubernetesObject } from './k8s-manifests.ts';
export { SERVER_COMMAND, containerEnvironment } from './k8s-deployment.ts';
export { APP_DIR, FUNCTION_PORT, ingressPath, objectNames } from './k8s-layout.ts';
export { MANIFEST_RULES, scoreManifests } from './manifest-rules.ts';
export type { ManifestRule, RuleFinding } from './manifest-rules.ts';
export { parseYamlDocuments, toYamlDocuments } from './manifest-yaml.ts';
export { exportCommands, exportFileName } from './export-commands.ts';
export { exportBundle } from './export-bundle.ts';
export type { ExportBundle, ExportFile } from './export-bundle.ts';
export type { ExampleRequest, ExportCommand } from './export-commands.ts';
