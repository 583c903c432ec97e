/**
 * Test fixtures for simulator specs (never imported by production code): the Deployment most specs start
 * from, written once so each spec says only what differs (replicas, container name, ports).
 */
import { readFileSync } from 'node:fs';
import { createSimulation, type Simulation, type SimulationOptions } from '../../simulator/index.ts';

export { INGRESS_JOURNEY } from './ingress-journey.ts';

/** Options of {@link webDeployment}. */
export interface WebDeploymentOptions {
  name?: string;
  replicas?: number;
  container?: string;
  image?: string;
  containerPorts?: number[];
  /** The container's resource requests, as written (`100m`, `128Mi`). */
  requests?: { cpu: string; memory: string };
}

/**
 * A Deployment `web` (label `app: web`, one nginx:1.27 container named `web`) as YAML, the way a
 * student writes it.
 */
export function webDeployment(options: WebDeploymentOptions = {}): string {
  const name = options.name ?? 'web';
  const ports = options.containerPorts?.length
    ? `, ports: [${options.containerPorts.map((p) => `{containerPort: ${p}}`).join(', ')}]`
    : '';
  const requests = options.requests
    ? `, resources: {requests: {cpu: ${options.requests.cpu}, memory: ${options.requests.memory}}}`
    : '';
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: ${options.replicas ?? 1}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers: [{name: ${options.container ?? name}, image: "${options.image ?? 'nginx:1.27'}"${ports}${requests}}]
`;
}

/** `count` nodes: the first a k3s server, the rest agents, each with the given capacity. */
export function manyNodes(
  count: number,
  capacity: { cpuMillis?: number; memoryBytes?: number } = {},
): Array<{ name: string; role: 'server' | 'agent'; cpuMillis?: number; memoryBytes?: number }> {
  return Array.from({ length: count }, (_, i) => ({
    name: `node-${i}`,
    role: i === 0 ? ('server' as const) : ('agent' as const),
    ...capacity,
  }));
}

/** A simulation with `yaml` applied (it must apply cleanly) and settled: Pods scheduled and Running. */
export function settledSimulation(
  options: SimulationOptions,
  yaml: string,
  fileName = 'web.yaml',
): Simulation {
  const sim = createSimulation(options);
  const { diagnostics } = sim.apply(yaml, fileName);
  if (diagnostics.length > 0) throw new Error(`fixture does not apply: ${diagnostics[0]!.message.en}`);
  sim.settle();
  return sim;
}

/** The routing scenarios most network specs route through (NodePort, Ingress, affinity, policies…). */
export function routingScenarios(): Simulation {
  return settledSimulation({ seed: 8 }, ROUTING_SCENARIOS_YAML, 'routing-scenarios.yaml');
}

/** The text of test/fixtures/simulator/routing-scenarios.yaml. */
export const ROUTING_SCENARIOS_YAML = readFileSync(
  new URL('../fixtures/simulator/routing-scenarios.yaml', import.meta.url),
  'utf8',
);
