/**
 * The simulator's state → clean YAML a real cluster accepts: manifests are applied to a simulation and
 * read back with its exportYaml(), then the fields a cluster owns (status, uid, resourceVersion, clusterIP,
 * last-applied…) are removed. Without the simulation engine, its strict importer (validateManifests:
 * removed API versions migrated) stands in for apply + exportYaml.
 */
import { createSimulation, validateManifests } from '../../simulator/index.ts';
import { parseYamlDocuments, toYamlDocuments } from './manifest-yaml.ts';
import type { Diagnostic } from '../../core/index.ts';

/** One manifest file given to the export. */
export interface ManifestFile {
  name: string;
  text: string;
}

/** Clean YAML (empty when there are errors), the importer's errors and warnings. */
export interface SimulationExport {
  text: string;
  diagnostics: Diagnostic[];
  warnings: Diagnostic[];
}

/** Applies the files, in order, to a fresh simulation and exports its objects as clean YAML. */
export function exportSimulationYaml(files: readonly ManifestFile[], seed = 1): SimulationExport {
  const viaEngine = tryEngine(files, seed);
  if (viaEngine) return viaEngine;
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const objects: Record<string, unknown>[] = [];
  for (const file of files) {
    const result = validateManifests(file.text, file.name);
    diagnostics.push(...result.diagnostics);
    warnings.push(...result.warnings);
    objects.push(...result.objects.map((o) => cleanObject(o as unknown as Record<string, unknown>)));
  }
  return { text: diagnostics.length ? '' : toYamlDocuments(objects), diagnostics, warnings };
}

function tryEngine(files: readonly ManifestFile[], seed: number): SimulationExport | null {
  let simulation;
  try {
    simulation = createSimulation({ seed });
  } catch {
    return null; // the engine is not there yet: use the importer path
  }
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const file of files) {
    const result = simulation.apply(file.text, file.name);
    diagnostics.push(...result.diagnostics);
    warnings.push(...result.warnings);
  }
  // The engine exports what the student applied; a real cluster also needs what it allocates itself removed.
  const text = diagnostics.length
    ? ''
    : toYamlDocuments(parseYamlDocuments(simulation.exportYaml()).map(cleanObject));
  return { text, diagnostics, warnings };
}

const SERVER_METADATA = [
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'selfLink',
  'ownerReferences',
];

/** Drops what a cluster sets itself, so the object applies cleanly to another cluster. */
export function cleanObject(object: Record<string, unknown>): Record<string, unknown> {
  const { status: _status, ...rest } = object;
  const metadata = { ...((rest.metadata as Record<string, unknown> | undefined) ?? {}) };
  for (const key of SERVER_METADATA) delete metadata[key];
  const annotations = metadata.annotations as Record<string, string> | undefined;
  if (annotations) {
    const { 'kubectl.kubernetes.io/last-applied-configuration': _last, ...kept } = annotations;
    if (Object.keys(kept).length) metadata.annotations = kept;
    else delete metadata.annotations;
  }
  const out: Record<string, unknown> = { ...rest, metadata };
  if (object.kind === 'Service' && typeof rest.spec === 'object' && rest.spec !== null) {
    // A cluster allocates ClusterIPs from its own range (k3s 10.43.0.0/16); keep only the headless "None".
    const { clusterIP, clusterIPs: _ips, ...spec } = rest.spec as Record<string, unknown>;
    out.spec = clusterIP === 'None' ? { ...spec, clusterIP } : spec;
  }
  return out;
}
