/**
 * OpenFaaS in the simulator: the chart's components on a simulated k3s, functions as Deployments and
 * Services, the gateway's routes, Community and Pro scaling, NATS and the queue-worker, and a load generator.
 *
 * ```ts
 * const faas = createOpenFaaS({ seed: 1, edition: 'pro' });
 * faas.deploy(stackYml, 'stack.yml');
 * const result = faas.invoke(requestFromUrl('http://192.168.1.12:31112/function/hello', { method: 'POST', body: 'hi' }));
 * const timeline = runLoad({ seed: 1, edition: 'pro', files: [...], url: '…/function/hello', rps: 100, seconds: 60 });
 * ```
 */
export {
  createOpenFaaS,
  OpenFaaSPlatform,
  PROXY_OVERHEAD_MS,
  GATEWAY_UPSTREAM_TIMEOUT_MS,
  type OpenFaaSOptions,
} from './openfaas-platform.ts';
export { EDITIONS, type EditionFeatures, type OpenFaaSEdition } from './editions.ts';
export {
  SCALING_LABELS,
  readScalingConfig,
  type ScalingConfig,
  type ScalingLabelRow,
  type ScaleType,
} from './scaling-labels.ts';
export { desiredReplicas } from './desired-replicas.ts';
export { AUTOSCALER_INTERVAL_MS } from './autoscaler.ts';
export {
  OPENFAAS_COMPONENTS,
  GATEWAY_NODE_PORT,
  installManifests,
  type OpenFaaSComponent,
} from './install-manifests.ts';
export { functionKind, functionWorkload } from './function-extension.ts';
export {
  FUNCTION_NAMESPACE,
  CORE_NAMESPACE,
  WATCHDOG_PORT,
  functionObject,
  type FunctionSpec,
} from './function-spec.ts';
export { readStackFile, isStackFile } from './stack-file.ts';
export { parseGoDuration, formatDuration } from './go-duration.ts';
export { parseGatewayRoute, type GatewayRoute } from './gateway-route.ts';
export type { InvocationResult, CallbackDelivery } from './invocation.ts';
export {
  runLoad,
  LoadRun,
  percentile,
  type LoadOptions,
  type LoadBurst,
  type LoadSecond,
  type LoadTimeline,
} from './load-generator.ts';
export { LOAD_USAGE } from './load-usage.ts';
export { openfaasManifestsYaml } from './openfaas-manifests-yaml.ts';
