/**
 * The options `faaslab lab export` and `faaslab deploy` share: where the function goes in the cluster
 * (namespace, NodePort, Ingress host) and which handler it runs (`--handler FILE`, `--starter`).
 */
import type { ExportSettings } from '../export/export-settings.ts';

/** Their node:util parseArgs definitions. */
export const TARGET_OPTIONS = {
  namespace: { type: 'string' },
  'node-port': { type: 'string' },
  host: { type: 'string' },
  handler: { type: 'string' },
  starter: { type: 'boolean' },
} as const;

/** The export settings they ask for; an option not given leaves the export's default. */
export function targetSettings(values: {
  namespace?: string;
  'node-port'?: string;
  host?: string;
}): ExportSettings {
  return {
    ...(values.namespace !== undefined ? { namespace: values.namespace } : {}),
    ...(values['node-port'] !== undefined ? { nodePort: Number(values['node-port']) } : {}),
    ...(values.host !== undefined ? { ingressHost: values.host } : {}),
  };
}
