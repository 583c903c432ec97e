import type { ValidationResult } from '../api-types.ts';
import { importManifests } from './import-manifests.ts';

/**
 * Parses and validates multi-document YAML without a cluster (for the editor's lint and
 * `faaslab sim validate`). Removed API versions are migrated and reported as warnings.
 */
export function validateManifests(yamlText: string, fileName: string): ValidationResult {
  const result = importManifests(yamlText, fileName);
  return {
    diagnostics: result.diagnostics,
    warnings: result.warnings,
    objects: result.objects.map((o) => o.object),
  };
}
