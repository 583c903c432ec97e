/**
 * The kubectl console's entry: `runKubectl(sim, line, files)`. Kept apart from simulator/index.ts so a
 * page loads the console (about 30 KB gzip with its printers and API objects) only when it is used.
 */
export { runKubectl } from './run-kubectl.ts';
