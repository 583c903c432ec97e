/**
 * A Compose service's ports → a Kubernetes Service, by kompose's rules (`ConfigServicePorts` in
 * kompose's pkg/transformer/kubernetes): port = HOST, targetPort = CONTAINER, name = "HOST".
 */
import type { PortMapping } from './compose-project.ts';
import type { KomposeServiceOptions } from './kompose-labels.ts';
import { KOMPOSE_SERVICE_LABEL, objectMeta, type KubernetesManifest } from './kubernetes-manifest.ts';

/** One entry of `spec.ports`. */
export interface ServicePort {
  name: string;
  port: number;
  targetPort: number;
  protocol?: 'UDP' | 'SCTP';
  nodePort?: number;
}

/**
 * The Service's ports: duplicates dropped, named after the host port, and `<port>-<proto>` when the
 * same host port is used with another protocol. TCP is left implicit (it is the default).
 */
export function servicePorts(mappings: readonly PortMapping[]): ServicePort[] {
  const unique = mappings.filter(
    (m, i) => mappings.findIndex((o) => o.hostPort === m.hostPort && o.protocol === m.protocol) === i,
  );
  return unique.map((m) => {
    const shared = unique.some((o) => o !== m && o.hostPort === m.hostPort);
    const name = shared ? `${m.hostPort}-${m.protocol.toLowerCase()}` : String(m.hostPort);
    return {
      name,
      port: m.hostPort,
      targetPort: m.containerPort,
      ...(m.protocol === 'TCP' ? {} : { protocol: m.protocol }),
    };
  });
}

/** Ports a headless Service gets when the Compose service has none (kompose uses this placeholder). */
const HEADLESS_PLACEHOLDER: ServicePort = { name: 'headless', port: 55555, targetPort: 0 };

/** The Service for `name`, or undefined when it has no ports and is not headless (kompose creates none). */
export function buildService(
  name: string,
  mappings: readonly PortMapping[],
  options: KomposeServiceOptions,
  annotations: Record<string, string>,
): KubernetesManifest | undefined {
  const ports = servicePorts(mappings);
  if (ports.length === 0 && options.type !== 'Headless') return undefined;
  const first = ports[0];
  if (first && options.nodePort !== undefined && options.type === 'NodePort')
    first.nodePort = options.nodePort;
  const spec: Record<string, unknown> = {};
  if (options.type === 'NodePort' || options.type === 'LoadBalancer') spec.type = options.type;
  // A headless Service has no cluster IP: DNS answers with the Pod IPs (kubernetes.io/docs/concepts/services-networking/service/#headless-services).
  if (options.type === 'Headless') spec.clusterIP = 'None';
  if (options.externalTrafficPolicy && spec.type) spec.externalTrafficPolicy = options.externalTrafficPolicy;
  spec.ports =
    ports.length > 0
      ? ports
      : [
          {
            name: HEADLESS_PLACEHOLDER.name,
            port: HEADLESS_PLACEHOLDER.port,
            targetPort: HEADLESS_PLACEHOLDER.port,
          },
        ];
  spec.selector = { [KOMPOSE_SERVICE_LABEL]: name };
  return { apiVersion: 'v1', kind: 'Service', metadata: objectMeta(name, annotations), spec };
}
