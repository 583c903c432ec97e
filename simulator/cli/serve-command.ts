/**
 * `faaslab sim serve [-f FILE…] [--scenario NAME] [--port 6443] [--speed N]`: a simulated k3s behind a
 * Kubernetes API on 127.0.0.1 for the student's own kubectl. Each YAML document is applied on its own, so a
 * refused object (a removed API version…) is reported and the rest is served.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { startApiServer, writeKubeconfig, type ApiServer } from '../apiserver/index.ts';
import { formatDiagnostic } from '../../core/index.ts';
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

/** Applies each document of a file on its own; returns how many were refused. */
export function applyEachDocument(
  sim: Simulation,
  text: string,
  file: string,
  io: Pick<SimCliIO, 'stderr'>,
  lang: 'es' | 'en',
): number {
  let refused = 0;
  for (const doc of parseAllDocuments(text)) {
    if (doc.contents === null) continue;
    // Blank lines before the document keep the diagnostics' line numbers those of the whole file.
    const start = doc.range[0];
    const source = '\n'.repeat(text.slice(0, start).split('\n').length - 1) + text.slice(start, doc.range[2]);
    const result = sim.apply(source, file);
    for (const d of [...result.diagnostics, ...result.warnings]) io.stderr(`${formatDiagnostic(d, lang)}\n`);
    if (result.diagnostics.length > 0) refused++;
  }
  return refused;
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
    sim = createSimulation({ seed: scenario.seed, nodes: scenario.nodes, ingressMode: scenario.ingressMode });
    for (const m of scenario.manifests) applyEachDocument(sim, m.text, m.file, io, o.lang);
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
    applyEachDocument(sim, text, file, io, o.lang);
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
    server = await startApiServer({ sim, port: o.port, speed: o.speed });
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
