/**
 * How traffic reaches the function in the plain k3s export: a ClusterIP Service, a NodePort Service and a
 * Traefik Ingress (k3s' bundled ingress controller), all on the pods' port named `http`.
 */
import type { IIngress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';
import type { IService } from 'kubernetes-models/v1/Service';
import type { ResolvedExportSettings } from './export-settings.ts';
import {
  FUNCTION_PORT,
  FUNCTION_PORT_NAME,
  commonLabels,
  ingressPath,
  objectNames,
  selectorLabels,
} from './k8s-layout.ts';

/**
 * The function's Service of `type`: ClusterIP (in-cluster name `<id>.<namespace>`, the Ingress' backend) or
 * NodePort (`curl http://<node-ip>:<nodePort>/` from outside the cluster, on the settings' nodePort).
 */
export function buildService(
  id: string,
  settings: ResolvedExportSettings,
  type: 'ClusterIP' | 'NodePort',
): IService {
  const nodePort = type === 'NodePort';
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: nodePort ? objectNames(id).nodePortService : objectNames(id).service,
      namespace: settings.namespace,
      labels: commonLabels(id),
    },
    spec: {
      type,
      selector: selectorLabels(id),
      ports: [
        {
          name: FUNCTION_PORT_NAME,
          port: FUNCTION_PORT,
          targetPort: FUNCTION_PORT_NAME,
          ...(nodePort ? { nodePort: settings.nodePort } : {}),
          protocol: 'TCP',
        },
      ],
    },
  };
}

/** The Ingress for k3s' Traefik; path `/` with a host, `/<id>` without one (Prefix matching per path element). */
export function buildIngress(id: string, settings: ResolvedExportSettings): IIngress {
  // pathType Prefix matches per path element: kubernetes.io/docs/concepts/services-networking/ingress/#examples
  const path = ingressPath(id, settings.ingressHost);
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: objectNames(id).ingress, namespace: settings.namespace, labels: commonLabels(id) },
    spec: {
      ingressClassName: 'traefik',
      rules: [
        {
          ...(settings.ingressHost ? { host: settings.ingressHost } : {}),
          http: {
            paths: [
              {
                path,
                pathType: 'Prefix',
                backend: { service: { name: objectNames(id).service, port: { name: FUNCTION_PORT_NAME } } },
              },
            ],
          },
        },
      ],
    },
  };
}
