/**
 * The kubectl console's entry: `runKubectl(sim, line, files)`. Kept apart from simulator/index.ts so a
 * page loads the console (about 30 KB gzip with its printers and API objects) only when it is used.
 */
export { runKubectl } from './run-kubectl.ts';

import type { Simulation } from '../api-types.ts';
import { attachKubeApi, CONSOLE_EPOCH_MS, KubeApi } from '../kube-api/kube-api.ts';
import type { Json } from '../kube-api/object-meta.ts';

/**
 * Gives a console the OpenAPI v3 documents `explain` reads, by group-version path (`api/v1`,
 * `apis/apps/v1`); the page fetches them from the site (src/pages/kubernetes-openapi). Call it before the
 * console's first command: it gives the simulation a fresh API view. (The language of the simulator's own
 * refusals travels with each command: runKubectl's `lang`.)
 */
export function readOpenApiFrom(sim: Simulation, read: (groupVersionPath: string) => Json | null): void {
  attachKubeApi(sim, new KubeApi(sim, { epochMs: CONSOLE_EPOCH_MS, openApi: read }));
}
