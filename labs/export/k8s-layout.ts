/**
 * Where things live in the plain k3s export: object names, labels, the paths inside the container and
 * the port. One place, so the Deployment, Service, Ingress and tests agree.
 */

/** The container port the function server listens on (of-watchdog's default `port`). */
export const FUNCTION_PORT = 8080;
/** The Service / container port name the probes, Services and Ingress refer to. */
export const FUNCTION_PORT_NAME = 'http';
/** Where the ConfigMap is mounted, read-only. */
export const APP_DIR = '/app';
/** The server's entry file inside APP_DIR; the container runs `node /app/server.mjs`. */
export const SERVER_ENTRY = 'server.mjs';
/** The handler's folder inside APP_DIR, as in the OpenFaaS node template (function/handler.js). */
export const HANDLER_DIR = 'function';
/** The writable scratch dir (an emptyDir) under a read-only root: $TMPDIR, where of-watchdog keeps its lock file and handlers write temp files. */
export const TMP_DIR = '/tmp';
/** The uid/gid of the `node` user in the official Node images. */
export const NODE_USER_ID = 1000;

/** The names of the objects exported for a lab. */
export function objectNames(id: string): {
  deployment: string;
  configMap: string;
  service: string;
  nodePortService: string;
  ingress: string;
} {
  return {
    deployment: id,
    configMap: `${id}-function`,
    service: id,
    nodePortService: `${id}-nodeport`,
    ingress: id,
  };
}

/** The labels every object carries (app.kubernetes.io recommended labels plus OpenFaaS' faas_function). */
export function commonLabels(id: string): Record<string, string> {
  return {
    ...selectorLabels(id),
    'app.kubernetes.io/part-of': 'faaslab',
    'app.kubernetes.io/managed-by': 'faaslab',
    faas_function: id,
  };
}

/** The labels the Services and the Deployment select the pods by. */
export function selectorLabels(id: string): Record<string, string> {
  return { 'app.kubernetes.io/name': id };
}

/** The Ingress path: `/` when the rule has its own host, else `/<id>` so other apps keep the rest. */
export function ingressPath(id: string, host: string | undefined): string {
  return host ? '/' : `/${id}`;
}
