import type { KindExtension, KubeObject } from '../index.ts';
import {
  FUNCTION_NAMESPACE,
  WATCHDOG_PORT,
  functionSpecFromObject,
  type FunctionSpec,
} from './function-spec.ts';
import { openfaasIssue } from './openfaas-messages.ts';
import { readScalingConfig } from './scaling-labels.ts';
import { readWatchdogConfig } from './watchdog-config.ts';

const DNS_1123 = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/**
 * The Deployment and Service faas-netes creates for a function: both named after it in openfaas-fn, the
 * watchdog on 8080 with probes on /_/health (faas-netes pkg/handlers/deploy.go; chart faasnetes.readinessProbe
 * initialDelaySeconds 2). Replicas start at com.openfaas.scale.min.
 */
export function functionWorkload(fn: FunctionSpec): KubeObject[] {
  const { config } = readScalingConfig(fn.labels);
  const podLabels = { ...fn.labels, faas_function: fn.name, app: fn.name };
  const env = Object.entries(fn.environment).map(([name, value]) => ({ name, value }));
  const probe = {
    httpGet: { path: '/_/health', port: WATCHDOG_PORT },
    initialDelaySeconds: 2,
    periodSeconds: 2,
    timeoutSeconds: 1,
  };
  const container: Record<string, unknown> = {
    name: fn.name,
    image: fn.image,
    ports: [{ name: 'http', containerPort: WATCHDOG_PORT, protocol: 'TCP' }],
    readinessProbe: probe,
    livenessProbe: probe,
  };
  if (env.length) container.env = env;
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: fn.name,
      namespace: FUNCTION_NAMESPACE,
      labels: { faas_function: fn.name },
      annotations: { ...fn.annotations, 'prometheus.io.scrape': 'false' },
    },
    spec: {
      replicas: config.min,
      selector: { matchLabels: { faas_function: fn.name } },
      template: {
        metadata: { labels: podLabels, annotations: fn.annotations },
        spec: { containers: [container] },
      },
    },
  };
  const service: KubeObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: fn.name, namespace: FUNCTION_NAMESPACE, labels: { faas_function: fn.name } },
    spec: {
      type: 'ClusterIP',
      selector: { faas_function: fn.name },
      ports: [{ name: 'http', port: WATCHDOG_PORT, targetPort: WATCHDOG_PORT, protocol: 'TCP' }],
    },
  };
  return [deployment, service];
}

/** `openfaas.com/v1` Function for the simulator: validated labels and environment, expanded by faas-netes' rules. */
export const functionKind: KindExtension = {
  apiVersion: 'openfaas.com/v1',
  kind: 'Function',
  namespaced: true,
  validate(object) {
    const fn = functionSpecFromObject(object);
    const issues = [
      ...readScalingConfig(fn.labels, 'spec.labels').issues,
      ...readWatchdogConfig(fn.environment, 'spec.environment').issues,
    ];
    if (!DNS_1123.test(fn.name))
      issues.push(openfaasIssue('openfaas-function-name', 'spec.name', { name: fn.name }));
    return issues;
  },
  expand(object) {
    return functionWorkload({ ...functionSpecFromObject(object) });
  },
};
