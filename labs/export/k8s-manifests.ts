/**
 * The plain k3s export of a lab — for a cluster with no OpenFaaS, no registry and no image build:
 * Namespace, ConfigMap (code), Deployment, ClusterIP and NodePort Services, Ingress. `kubectl apply -f`
 * the text as is.
 */
import { exportDiagnostic } from './export-diagnostic.ts';
import {
  resolveExportSettings,
  type ExportSettings,
  type ResolvedExportSettings,
} from './export-settings.ts';
import type { ExportableLab } from './exportable-lab.ts';
import { buildConfigMap } from './k8s-config-map.ts';
import { buildDeployment } from './k8s-deployment.ts';
import { ingressPath, objectNames } from './k8s-layout.ts';
import { buildIngress, buildService } from './k8s-network.ts';
import { exportText } from './manifest-yaml.ts';
import type { Diagnostic } from '../../core/index.ts';

/** A Kubernetes object as the exporters produce it. */
export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

/** The result of the plain k3s export. */
export interface K8sExport {
  /** Empty when a diagnostic is an error. */
  text: string;
  objects: KubernetesObject[];
  settings: ResolvedExportSettings;
  diagnostics: Diagnostic[];
}

/** Builds the manifests; `serverFiles` are the function server's files (name → text). */
export function exportK8sManifests(
  lab: ExportableLab,
  serverFiles: Readonly<Record<string, string>>,
  options: ExportSettings = {},
): K8sExport {
  const { settings, diagnostics } = resolveExportSettings(lab, options, 'k8s');
  const configMap = buildConfigMap(lab, settings.namespace, serverFiles);
  // "The data stored in a ConfigMap cannot exceed 1 MiB": kubernetes.io/docs/concepts/configuration/configmap/
  const bytes = Object.values(configMap.data ?? {}).reduce(
    (sum, text) => sum + new TextEncoder().encode(text).length,
    0,
  );
  if (bytes > 1024 * 1024)
    diagnostics.push(exportDiagnostic('export.configmap-too-large', 'error', 'handler.js', { value: bytes }));
  const objects = [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: settings.namespace, labels: { 'app.kubernetes.io/part-of': 'faaslab' } },
    },
    configMap,
    buildDeployment(lab, settings, configMap),
    buildService(lab.id, settings, 'ClusterIP'),
    buildService(lab.id, settings, 'NodePort'),
    buildIngress(lab.id, settings),
  ] as KubernetesObject[];
  const names = objectNames(lab.id);
  const path = ingressPath(lab.id, settings.ingressHost);
  const header = [
    `FaaS Lab — ${lab.id}: plain Kubernetes manifests for k3s (no OpenFaaS, no registry, no build).`,
    `kubectl apply -f ${lab.id}-k8s.yaml && kubectl -n ${settings.namespace} rollout status deployment/${names.deployment}`,
    `curl http://<node-ip>:${settings.nodePort}/   (NodePort)`,
    `curl ${settings.ingressHost ? `-H 'Host: ${settings.ingressHost}' ` : ''}http://<node-ip>${path}   (Ingress, Traefik)`,
    `kubectl delete namespace ${settings.namespace}   (clean up)`,
  ].join('\n');
  return { text: exportText(objects, header, diagnostics), objects, settings, diagnostics };
}
