/**
 * The simulator's state → clean YAML a real cluster accepts: manifests are applied to a simulation and
 * read back with its exportYaml(), then the fields a cluster owns (status, uid, resourceVersion, clusterIP,
 * last-applied…) are removed by the simulator's own portableManifest. Removed API versions, which a
 * cluster refuses, are migrated first (as `faaslab sim migrate` does) and reported as warnings.
 */
import {
  createSimulation,
  migrateManifests,
  portableManifest,
  type KubeObject,
} from '../../simulator/index.ts';
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
  const simulation = createSimulation({ seed });
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  for (const file of files) {
    const migrated = migrateManifests(file.text, file.name);
    warnings.push(...migrated.migrated);
    const result = simulation.apply(migrated.text, file.name);
    diagnostics.push(...result.diagnostics);
    warnings.push(...result.warnings);
  }
  // The engine exports what the student applied; a real cluster also needs what it allocates itself removed.
  const text = diagnostics.length
    ? ''
    : toYamlDocuments(
        parseYamlDocuments(simulation.exportYaml()).map((o) => portableManifest(o as unknown as KubeObject)),
      );
  return { text, diagnostics, warnings };
}
