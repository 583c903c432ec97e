/**
 * The simulation `faaslab sim serve` serves, built from a scenario's text and/or manifests. No Node imports:
 * the browser test of the differential table builds the page console's twin with the same code.
 */
import { parseAllDocuments } from 'yaml';
import { formatDiagnostic } from '../../core/index.ts';
import { createSimulation, type Simulation } from '../index.ts';
import type { Scenario } from '../scenarios/scenario.ts';

/**
 * Applies each document of a file on its own, so a refused object (a removed API version…) is reported
 * and the rest is served; returns how many were refused.
 */
export function applyEachDocument(
  sim: Simulation,
  text: string,
  file: string,
  stderr: (text: string) => void,
  lang: 'es' | 'en',
): number {
  let refused = 0;
  for (const doc of parseAllDocuments(text)) {
    if (doc.contents === null) continue;
    // Blank lines before the document keep the diagnostics' line numbers those of the whole file.
    const start = doc.range[0];
    const source = '\n'.repeat(text.slice(0, start).split('\n').length - 1) + text.slice(start, doc.range[2]);
    const result = sim.apply(source, file);
    for (const d of [...result.diagnostics, ...result.warnings]) stderr(`${formatDiagnostic(d, lang)}\n`);
    if (result.diagnostics.length > 0) refused++;
  }
  return refused;
}

/** A scenario's cluster as `sim serve --scenario` serves it: its nodes, seed and ingress mode, manifests applied. */
export function servedScenarioSimulation(
  scenario: Scenario,
  stderr: (text: string) => void,
  lang: 'es' | 'en',
): Simulation {
  const sim = createSimulation({
    seed: scenario.seed,
    nodes: scenario.nodes,
    ingressMode: scenario.ingressMode,
  });
  for (const m of scenario.manifests) applyEachDocument(sim, m.text, m.file, stderr, lang);
  return sim;
}
