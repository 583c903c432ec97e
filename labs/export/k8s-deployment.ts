/**
 * The Deployment of the plain k3s export: a public, pinned Node image runs `node /app/server.mjs` from the
 * read-only ConfigMap, hardened the way kube-score and the Pod Security "restricted" profile ask
 * (kubernetes.io/docs/concepts/security/pod-security-standards/#restricted).
 */
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { ResolvedExportSettings } from './export-settings.ts';
import type { ExportableLab } from './exportable-lab.ts';
import { functionEnvironment, memoryLimit, memoryRequest } from './function-environment.ts';
import { configMapVolume, handlerKey } from './k8s-config-map.ts';
import { contentHash } from './content-hash.ts';
import {
  APP_DIR,
  FUNCTION_PORT,
  FUNCTION_PORT_NAME,
  HANDLER_DIR,
  NODE_USER_ID,
  SERVER_ENTRY,
  TMP_DIR,
  commonLabels,
  objectNames,
  selectorLabels,
} from './k8s-layout.ts';

/** The container's exact command line. */
export const SERVER_COMMAND: readonly string[] = ['node', `${APP_DIR}/${SERVER_ENTRY}`];

/** A Python lab's command line: the stdlib-only server.py (labs/runtime/python) under the image's python3. */
export const PYTHON_SERVER_COMMAND: readonly string[] = ['python3', `${APP_DIR}/server.py`];

/** The container's command line for this lab's language. */
export function serverCommand(lab: Pick<ExportableLab, 'language'>): readonly string[] {
  return lab.language === 'python' ? PYTHON_SERVER_COMMAND : SERVER_COMMAND;
}

/** The container's environment: the function's env plus where the server finds the handler. */
export function containerEnvironment(lab: ExportableLab): Record<string, string> {
  return {
    ...functionEnvironment(lab, 'function-server'),
    HANDLER_PATH: `${APP_DIR}/${HANDLER_DIR}/${handlerKey(lab)}`,
    port: String(FUNCTION_PORT),
    TMPDIR: TMP_DIR,
    // The root filesystem is read-only: no .pyc files; output straight to the log.
    ...(lab.language === 'python' ? { PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' } : {}),
  };
}

/** Builds the Deployment. */
export function buildDeployment(
  lab: ExportableLab,
  settings: ResolvedExportSettings,
  configMap: IConfigMap,
): IDeployment {
  const probe = { httpGet: { path: '/_/health', port: FUNCTION_PORT_NAME } };
  const env = containerEnvironment(lab);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: objectNames(lab.id).deployment,
      namespace: settings.namespace,
      labels: commonLabels(lab.id),
    },
    spec: {
      replicas: settings.scaleMin,
      revisionHistoryLimit: 3,
      selector: { matchLabels: selectorLabels(lab.id) },
      template: {
        metadata: {
          labels: commonLabels(lab.id),
          annotations: { 'faaslab.dev/code-hash': contentHash(JSON.stringify(configMap.data ?? {})) },
        },
        spec: {
          automountServiceAccountToken: false,
          enableServiceLinks: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: NODE_USER_ID,
            runAsGroup: NODE_USER_ID,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: 'function',
              image: settings.nodeImage,
              imagePullPolicy: 'IfNotPresent',
              command: [...serverCommand(lab)],
              env: Object.entries(env).map(([name, value]) => ({ name, value })),
              ports: [{ name: FUNCTION_PORT_NAME, containerPort: FUNCTION_PORT, protocol: 'TCP' }],
              // of-watchdog answers /_/health 200 once its lock file exists, 503 before (pkg/watchdog.go).
              readinessProbe: {
                ...probe,
                initialDelaySeconds: 1,
                periodSeconds: 5,
                timeoutSeconds: 2,
                failureThreshold: 3,
              },
              livenessProbe: {
                ...probe,
                initialDelaySeconds: 5,
                periodSeconds: 10,
                timeoutSeconds: 2,
                failureThreshold: 3,
              },
              // Ephemeral storage counts the container's logs too (kubelet rotates them at 5 × 10Mi) plus /tmp.
              resources: {
                requests: {
                  cpu: settings.cpuRequest,
                  memory: memoryRequest(lab),
                  'ephemeral-storage': '16Mi',
                },
                limits: { cpu: settings.cpuLimit, memory: memoryLimit(lab), 'ephemeral-storage': '128Mi' },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                privileged: false,
                readOnlyRootFilesystem: true,
                runAsNonRoot: true,
                runAsUser: NODE_USER_ID,
                runAsGroup: NODE_USER_ID,
                capabilities: { drop: ['ALL'] },
                seccompProfile: { type: 'RuntimeDefault' },
              },
              volumeMounts: [
                { name: 'code', mountPath: APP_DIR, readOnly: true },
                { name: 'tmp', mountPath: TMP_DIR },
              ],
            },
          ],
          volumes: [configMapVolume(configMap), { name: 'tmp', emptyDir: { sizeLimit: '16Mi' } }],
        },
      },
    },
  };
}
