import type { KubeObject } from '../index.ts';
import type { OpenFaaSEdition } from './editions.ts';
import { CORE_NAMESPACE, FUNCTION_NAMESPACE } from './function-spec.ts';

/** The gateway's NodePort (chart gateway.nodePort, serviceType NodePort). */
export const GATEWAY_NODE_PORT = 31112;
/** The gateway's container and Service port. */
export const GATEWAY_PORT = 8080;

/** One part of the OpenFaaS installation, where it runs and what it does. */
export interface OpenFaaSComponent {
  /** Deployment name in the openfaas namespace. */
  deployment: string;
  /** Container names; faas-netes runs as a second container of the gateway Pod, as in the chart. */
  containers: Array<{ name: string; image: string; port: number }>;
  service: { name: string; port: number } | null;
  editions: readonly OpenFaaSEdition[];
}

const BOTH: readonly OpenFaaSEdition[] = ['community', 'pro'];

/** A component of one container; `exposed` gives it a Service of the same name and port. */
function single(
  name: string,
  image: string,
  port: number,
  exposed: boolean,
  editions: readonly OpenFaaSEdition[],
): OpenFaaSComponent {
  const service = exposed ? { name, port } : null;
  return { deployment: name, containers: [{ name, image, port }], service, editions };
}

/** What `arkade install openfaas-ce` (the openfaas Helm chart) runs in the openfaas namespace. */
export const OPENFAAS_COMPONENTS: readonly OpenFaaSComponent[] = [
  {
    deployment: 'gateway',
    containers: [
      { name: 'gateway', image: 'ghcr.io/openfaas/gateway', port: GATEWAY_PORT },
      { name: 'faas-netes', image: 'ghcr.io/openfaas/faas-netes', port: 8081 },
    ],
    service: { name: 'gateway', port: GATEWAY_PORT },
    editions: BOTH,
  },
  single('nats', 'nats', 4222, true, BOTH),
  single('queue-worker', 'ghcr.io/openfaas/queue-worker', 8080, false, BOTH),
  single('prometheus', 'prom/prometheus', 9090, true, BOTH),
  // "alertmanager is only used for OpenFaaS CE" (faas-netes chart/openfaas/values.yaml): it fires the legacy rule.
  single('alertmanager', 'prom/alertmanager', 9093, true, ['community']),
  single('autoscaler', 'ghcr.io/openfaasltd/autoscaler', 8080, false, ['pro']),
];

function component(c: OpenFaaSComponent): KubeObject[] {
  const labels = { app: c.deployment };
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: c.deployment,
      namespace: CORE_NAMESPACE,
      labels: { app: 'openfaas', component: c.deployment },
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: c.containers.map((k) => ({
            name: k.name,
            image: k.image,
            ports: [{ name: 'http', containerPort: k.port, protocol: 'TCP' }],
          })),
        },
      },
    },
  };
  if (!c.service) return [deployment];
  const port = c.service.port;
  const service: KubeObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: c.service.name, namespace: CORE_NAMESPACE, labels: { app: c.deployment } },
    spec: {
      type: 'ClusterIP',
      selector: labels,
      ports: [{ name: 'http', port, targetPort: port, protocol: 'TCP' }],
    },
  };
  return [deployment, service];
}

/** Namespaces, core Deployments and Services, and gateway-external on NodePort 31112, for one edition. */
export function installManifests(edition: OpenFaaSEdition): KubeObject[] {
  const namespaces: KubeObject[] = [CORE_NAMESPACE, FUNCTION_NAMESPACE].map((name) => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name },
  }));
  const external: KubeObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'gateway-external', namespace: CORE_NAMESPACE, labels: { app: 'gateway' } },
    spec: {
      type: 'NodePort',
      selector: { app: 'gateway' },
      ports: [
        {
          name: 'http',
          port: GATEWAY_PORT,
          targetPort: GATEWAY_PORT,
          nodePort: GATEWAY_NODE_PORT,
          protocol: 'TCP',
        },
      ],
    },
  };
  return [
    ...namespaces,
    ...OPENFAAS_COMPONENTS.filter((c) => c.editions.includes(edition)).flatMap(component),
    external,
  ];
}
