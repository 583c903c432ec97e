/**
 * The Kubernetes API server of the simulator (Node-only: node:http). `faaslab sim serve` starts it; tests
 * start it on port 0. The browser bundle never imports this folder.
 */
export { startApiServer, SERVER_VERSION, type ApiServer, type ApiServerOptions } from './api-server.ts';
export { kubeconfigText, writeKubeconfig } from './kubeconfig.ts';
export { applyEachDocument, servedScenarioSimulation } from './served-simulation.ts';
export { openApiV3Group, openApiV3Index } from './openapi-documents.ts';
