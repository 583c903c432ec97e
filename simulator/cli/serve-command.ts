/**
 * `faaslab sim serve [-f FILE…] [--scenario NAME] [--port 6443] [--speed N]`: a simulated k3s behind a
 * Kubernetes API on 127.0.0.1 for the student's own kubectl. Each YAML document is applied on its own, so a
 * refused object (a removed API version…) is reported and the rest is served.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyEachDocument,
  servedScenarioSimulation,
  startApiServer,
  writeKubeconfig,
  type ApiServer,
} from '../apiserver/index.ts';
import { createSimulation, type NodeSpec, type Simulation } from '../index.ts';
import { parseScenario } from '../scenarios/parse-scenario.ts';
import type { SimCliIO } from './sim-cli-io.ts';

const SCENARIOS = join(dirname(fileURLToPath(import.meta.url)), '..', 'scenarios');

/** What `serve` reads from the command line. */
export interface ServeOptions {
  files: string[];
  scenario: string | null;
  port: number;
  speed: number;
  seed: number;
  nodes: number | NodeSpec[];
  lang: 'es' | 'en';
}

/** Builds the simulation of a scenario and/or files, settled. */
export function serveSimulation(o: ServeOptions, io: SimCliIO): Simulation | null {
  let sim: Simulation;
  if (o.scenario) {
    let scenarioText: string;
    try {
      scenarioText = io.readFile(join(SCENARIOS, `${o.scenario}.yaml`));
    } catch {
      io.stderr(`${o.lang === 'es' ? 'No existe el escenario' : 'No such scenario'} "${o.scenario}"\n`);
      return null;
    }
    const scenario = parseScenario(o.scenario, scenarioText, (p) => io.readFile(join(SCENARIOS, p)));
    sim = servedScenarioSimulation(scenario, io.stderr, o.lang);
  } else sim = createSimulation({ seed: o.seed, nodes: o.nodes });
  for (const file of o.files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.stderr(
        `${o.lang === 'es' ? 'No se puede leer' : 'Cannot read'} ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return null;
    }
    applyEachDocument(sim, text, file, io.stderr, o.lang);
  }
  sim.settle();
  return sim;
}

/** Runs `sim serve` until SIGINT/SIGTERM; resolves to the exit code. */
export async function runServe(o: ServeOptions, io: SimCliIO): Promise<number> {
  const sim = serveSimulation(o, io);
  if (!sim) return 2;
  let server: ApiServer;
  try {
    server = await startApiServer({ sim, port: o.port, speed: o.speed, lang: o.lang });
  } catch (error) {
    io.stderr(`faaslab sim serve: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const kubeconfig = writeKubeconfig(server.url);
  io.stdout(
    o.lang === 'es'
      ? `Clúster k3s simulado en ${server.url} (solo 127.0.0.1; reloj ×${o.speed}).\nUsa tu kubectl:\n\n  export KUBECONFIG=${kubeconfig}\n  kubectl get nodes\n\nCtrl+C para parar.\n`
      : `Simulated k3s cluster at ${server.url} (127.0.0.1 only; clock ×${o.speed}).\nUse your own kubectl:\n\n  export KUBECONFIG=${kubeconfig}\n  kubectl get nodes\n\nCtrl+C to stop.\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return 0;
}

/** Reads a file as UTF-8 (the CLI's default reader). */
export const readUtf8 = (path: string): string => readFileSync(path, 'utf8');
