import {
  createSimulation,
  deserializeSimulation,
  type Simulation,
  type SimulationOptions,
} from '../index.ts';
import { functionKind, openfaasGatewayBackend } from '../openfaas/index.ts';
import type { Scenario } from './scenario.ts';

/** What a caller may add to a scenario's cluster (the island turns packets on). */
export type ScenarioSimulationOptions = Pick<SimulationOptions, 'packets'>;

/**
 * Wires what every scenario's cluster knows about OpenFaaS: the Function resource as a kind (as `faaslab sim
 * load` reads it) and the gateway's own answers (401 on /system without auth, 202 + X-Call-Id on
 * /async-function), so a scenario, `faaslab sim route` and the OpenFaaS model agree.
 */
export function withOpenFaaSGateway(sim: Simulation, seed: number): Simulation {
  sim.addBackend(openfaasGatewayBackend(sim, seed));
  return sim;
}

/** A scenario's cluster: its nodes, seed and ingress mode, its manifests applied (and settled if it says so). */
export function createScenarioSimulation(
  scenario: Scenario,
  options: ScenarioSimulationOptions = {},
): Simulation {
  const sim = withOpenFaaSGateway(
    createSimulation({
      seed: scenario.seed,
      nodes: scenario.nodes,
      ingressMode: scenario.ingressMode,
      clusterCidr: scenario.clusterCidr,
      images: scenario.images,
      extensions: [functionKind],
      ...options,
    }),
    scenario.seed,
  );
  for (const manifest of scenario.manifests) sim.apply(manifest.text, manifest.file);
  if (scenario.settle) sim.settle();
  return sim;
}

/** A scenario's cluster restored from a shared link (see Simulation.serialize). */
export function restoreScenarioSimulation(
  encoded: string,
  seed: number,
  options: ScenarioSimulationOptions = {},
): Simulation {
  return withOpenFaaSGateway(
    deserializeSimulation(encoded, { extensions: [functionKind], ...options }),
    seed,
  );
}
