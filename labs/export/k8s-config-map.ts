/**
 * The ConfigMap that carries the code: every file of the function server (labs/runtime/function-server/*.mjs)
 * and the lab's handler.js and package.json. The Deployment mounts it read-only with `items` that put the
 * handler under function/ — so no image has to be built.
 */
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import type { ExportableLab } from './exportable-lab.ts';
import { HANDLER_DIR, commonLabels, objectNames } from './k8s-layout.ts';

/** ConfigMap keys of the lab's own files (kept apart from the server's .mjs files). */
export const HANDLER_KEY = 'handler.js';
/** The handler's key in a Python lab's ConfigMap. */
export const PYTHON_HANDLER_KEY = 'handler.py';

/** The handler's ConfigMap key for this lab's language. */
export function handlerKey(lab: Pick<ExportableLab, 'language'>): string {
  return lab.language === 'python' ? PYTHON_HANDLER_KEY : HANDLER_KEY;
}
export const PACKAGE_KEY = 'package.json';

/** Builds the ConfigMap. `serverFiles` maps file name → text (e.g. server.mjs and its siblings). */
export function buildConfigMap(
  lab: ExportableLab,
  namespace: string,
  serverFiles: Readonly<Record<string, string>>,
): IConfigMap {
  const data: Record<string, string> = {};
  for (const name of Object.keys(serverFiles).sort()) data[name] = serverFiles[name] ?? '';
  data[handlerKey(lab)] = lab.handlerSource;
  if (lab.packageJson !== undefined) data[PACKAGE_KEY] = lab.packageJson;
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: objectNames(lab.id).configMap, namespace, labels: commonLabels(lab.id) },
    data,
  };
}

/** The volume that mounts the ConfigMap: server files at the root, the lab's files under function/. */
export function configMapVolume(configMap: IConfigMap): IVolume {
  const keys = Object.keys(configMap.data ?? {});
  return {
    name: 'code',
    configMap: {
      name: configMap.metadata?.name ?? '',
      // 0444: nobody, not even the owner, may write the code (the mount is also readOnly).
      defaultMode: 0o444,
      items: keys.map((key) => ({
        key,
        path:
          key === HANDLER_KEY || key === PYTHON_HANDLER_KEY || key === PACKAGE_KEY
            ? `${HANDLER_DIR}/${key}`
            : key,
      })),
    },
  };
}
