/**
 * `kompose.service.expose` → a networking.k8s.io/v1 Ingress with Prefix paths pointing at the
 * service's first Service port (kompose's fixture script/test/fixtures/expose/output-k8s.yaml).
 */
import type { KomposeServiceOptions } from './kompose-labels.ts';
import { objectMeta, type KubernetesManifest } from './kubernetes-manifest.ts';

/** The Ingress for `name`, or undefined when the service is not exposed. */
export function buildIngress(
  name: string,
  servicePort: number,
  options: KomposeServiceOptions,
): KubernetesManifest | undefined {
  if (!options.expose || options.expose.length === 0) return undefined;
  const backend = { service: { name, port: { number: servicePort } } };
  const rules = options.expose.map((rule) => ({
    ...(rule.host ? { host: rule.host } : {}),
    http: { paths: [{ path: rule.path, pathType: 'Prefix', backend }] },
  }));
  const hosts = options.expose.flatMap((rule) => (rule.host ? [rule.host] : []));
  const spec: Record<string, unknown> = {
    ...(options.ingressClassName ? { ingressClassName: options.ingressClassName } : {}),
    rules,
    ...(options.tlsSecret ? { tls: [{ hosts, secretName: options.tlsSecret }] } : {}),
  };
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: objectMeta(name), spec };
}
