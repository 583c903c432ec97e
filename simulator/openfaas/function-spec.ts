import type { KubeObject } from '../index.ts';

/** The namespace faas-netes deploys functions into (chart value functionNamespace). */
export const FUNCTION_NAMESPACE = 'openfaas-fn';
/** The namespace of the OpenFaaS core (gateway, NATS, queue-worker…). */
export const CORE_NAMESPACE = 'openfaas';
/** of-watchdog listens on 8080 (config.go `port` default); the function's Service targets it. */
export const WATCHDOG_PORT = 8080;

/** A function as faas-netes sees it: the fields of the Function CR / stack.yml entry the simulator uses. */
export interface FunctionSpec {
  name: string;
  image: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  environment: Record<string, string>;
}

function stringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
}

/** Reads an `openfaas.com/v1` Function object into a {@link FunctionSpec}. */
export function functionSpecFromObject(object: KubeObject): FunctionSpec {
  const spec = (object.spec ?? {}) as Record<string, unknown>;
  return {
    name: typeof spec.name === 'string' ? spec.name : object.metadata.name,
    image: typeof spec.image === 'string' ? spec.image : '',
    labels: stringMap(spec.labels),
    annotations: stringMap(spec.annotations),
    environment: stringMap(spec.environment),
  };
}

/** The Function custom resource for a spec, as `faas-cli generate` writes it. */
export function functionObject(fn: FunctionSpec): KubeObject {
  const spec: Record<string, unknown> = { name: fn.name, image: fn.image };
  if (Object.keys(fn.labels).length) spec.labels = fn.labels;
  if (Object.keys(fn.annotations).length) spec.annotations = fn.annotations;
  if (Object.keys(fn.environment).length) spec.environment = fn.environment;
  return {
    apiVersion: 'openfaas.com/v1',
    kind: 'Function',
    metadata: { name: fn.name, namespace: FUNCTION_NAMESPACE },
    spec,
  };
}
