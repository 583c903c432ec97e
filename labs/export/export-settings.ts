/**
 * The choices a student makes when exporting (image, namespace, NodePort, Ingress host, scaling,
 * resources), their defaults, and their validation into diagnostics.
 */
import { exportDiagnostic } from './export-diagnostic.ts';
import type { ExportableLab } from './exportable-lab.ts';
import type { Diagnostic } from '../../core/index.ts';

/** Which artefact is being exported. */
export type ExportFormat = 'stack' | 'crd' | 'k8s';

/** The node image the plain k3s Deployment runs: an exact Node 22 LTS tag on Alpine (never a moving tag). */
export const DEFAULT_NODE_IMAGE = 'node:22.20.0-alpine3.22';

/**
 * The image the plain k3s Deployment of a Python lab runs (server.py needs only the standard library):
 * the official Python 3.12 image on Alpine, as the python3-http template builds on python:3.12-alpine.
 */
export const DEFAULT_PYTHON_IMAGE = 'python:3.12-alpine';

/** The OpenFaaS gateway as the course exposes it (Helm chart default NodePort 31112). */
export const DEFAULT_GATEWAY = 'http://127.0.0.1:31112';

/** What a student may set; everything is optional. */
export interface ExportSettings {
  /** The function image for faas-cli / the Function resource; default `<dockerhub-user>/<id>:0.1.0`. */
  image?: string;
  /** Default `openfaas-fn` for stack/crd (where OpenFaaS runs functions), `faaslab` for k8s. */
  namespace?: string;
  /** The NodePort of the plain Service; default 30080. */
  nodePort?: number;
  /** The Ingress host; unset means any host. */
  ingressHost?: string;
  /** The Node image the plain Deployment runs; default {@link DEFAULT_NODE_IMAGE}. */
  nodeImage?: string;
  /** OpenFaaS scaling labels com.openfaas.scale.min/max; default 1 and 5. */
  scaleMin?: number;
  scaleMax?: number;
  /** CPU request and limit (Kubernetes quantities); default 50m and 500m. */
  cpuRequest?: string;
  cpuLimit?: string;
  /** faas-cli's gateway; default {@link DEFAULT_GATEWAY}. */
  gateway?: string;
}

/** Settings with every default filled in. */
export type ResolvedExportSettings = Required<Omit<ExportSettings, 'ingressHost'>> & { ingressHost?: string };

const DNS_1035 = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
// Ingress host: a DNS-1123 subdomain, optionally with one leading "*." (networking.k8s.io/v1 IngressRule.host).
const HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Fills the defaults for `format` and reports every invalid choice. */
export function resolveExportSettings(
  lab: ExportableLab,
  settings: ExportSettings,
  format: ExportFormat,
): { settings: ResolvedExportSettings; diagnostics: Diagnostic[] } {
  const resolved: ResolvedExportSettings = {
    image: settings.image ?? `<dockerhub-user>/${lab.id}:0.1.0`,
    namespace: settings.namespace ?? (format === 'k8s' ? 'faaslab' : 'openfaas-fn'),
    nodePort: settings.nodePort ?? 30080,
    // The runtime image of the plain Deployment: Node's, or Python's for a Python lab.
    nodeImage: settings.nodeImage ?? (lab.language === 'python' ? DEFAULT_PYTHON_IMAGE : DEFAULT_NODE_IMAGE),
    scaleMin: settings.scaleMin ?? 1,
    scaleMax: settings.scaleMax ?? 5,
    cpuRequest: settings.cpuRequest ?? '50m',
    cpuLimit: settings.cpuLimit ?? '500m',
    gateway: settings.gateway ?? DEFAULT_GATEWAY,
    ...(settings.ingressHost ? { ingressHost: settings.ingressHost } : {}),
  };
  const diagnostics: Diagnostic[] = [];
  if (!DNS_1035.test(lab.id))
    diagnostics.push(exportDiagnostic('export.invalid-name', 'error', 'lab.id', { value: lab.id }));
  if (!DNS_1035.test(resolved.namespace)) {
    diagnostics.push(
      exportDiagnostic('export.invalid-name', 'error', 'settings.namespace', { value: resolved.namespace }),
    );
  } else if (resolved.namespace === 'default') {
    diagnostics.push(exportDiagnostic('export.default-namespace', 'error', 'settings.namespace'));
  }
  if (format === 'k8s') {
    // Default --service-node-port-range (k3s too): kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
    if (!Number.isInteger(resolved.nodePort) || resolved.nodePort < 30000 || resolved.nodePort > 32767) {
      diagnostics.push(
        exportDiagnostic('export.node-port-range', 'error', 'settings.nodePort', {
          value: resolved.nodePort,
        }),
      );
    }
    if (!isPinnedImage(resolved.nodeImage)) {
      diagnostics.push(
        exportDiagnostic('export.image-unpinned', 'error', 'settings.nodeImage', {
          value: resolved.nodeImage,
        }),
      );
    }
    if (resolved.ingressHost !== undefined && !HOST.test(resolved.ingressHost)) {
      diagnostics.push(
        exportDiagnostic('export.invalid-host', 'error', 'settings.ingressHost', {
          value: resolved.ingressHost,
        }),
      );
    }
    const deps = declaredDependencies(lab.packageJson);
    if (deps.length > 0) {
      diagnostics.push(
        exportDiagnostic('export.handler-dependencies', 'warning', 'package.json:dependencies', {
          value: deps.join(', '),
        }),
      );
    }
  } else {
    if (!isPinnedImage(resolved.image)) {
      diagnostics.push(
        exportDiagnostic('export.image-unpinned', 'error', 'settings.image', { value: resolved.image }),
      );
    } else if (resolved.image.includes('<dockerhub-user>')) {
      diagnostics.push(
        exportDiagnostic('export.image-placeholder', 'warning', 'settings.image', { value: resolved.image }),
      );
    }
    if (!(
      Number.isInteger(resolved.scaleMin) &&
      resolved.scaleMin >= 1 &&
      resolved.scaleMax >= resolved.scaleMin
    )) {
      diagnostics.push(
        exportDiagnostic('export.invalid-scale', 'error', 'settings.scaleMin', {
          min: resolved.scaleMin,
          max: resolved.scaleMax,
        }),
      );
    }
  }
  return { settings: resolved, diagnostics };
}

/** True when an image reference carries a tag other than `latest`, or a digest. */
export function isPinnedImage(image: string): boolean {
  if (image.includes('@sha256:')) return true;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon < 0) return false;
  const tag = lastSegment.slice(colon + 1);
  return tag.length > 0 && tag !== 'latest';
}

function declaredDependencies(packageJson: string | undefined): string[] {
  if (!packageJson) return [];
  try {
    const parsed = JSON.parse(packageJson) as { dependencies?: Record<string, string> };
    return Object.keys(parsed.dependencies ?? {});
  } catch {
    return [];
  }
}
