/** The WebContainer runtime (browser, online): @webcontainer/api with a preflight and bounded boot. */
export {
  WebContainerRuntime,
  resetWebContainerBoot,
  type WebContainerRuntimeOptions,
} from './webcontainer-runtime.ts';
export {
  preflight,
  browserEnvironment,
  STACKBLITZ_PROBE_URL,
  type PreflightEnvironment,
} from './preflight.ts';
export type { Container, ContainerApi, ContainerProcess } from './webcontainer-api.ts';
