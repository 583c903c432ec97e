import type { ValidationResult } from '../api-types.ts';
import { importManifests } from './import-manifests.ts';

/**
 * Parses and validates multi-document YAML without a cluster (for the editor's lint and
 * `faaslab sim validate`). A removed API version is refused as a cluster refuses it; `migrations` holds
 * each such document as it reads once migrated, the fix the student may apply.
 */
export function validateManifests(yamlText: string, fileName: string): ValidationResult {
  const result = importManifests(yamlText, fileName);
  return {
    diagnostics: result.diagnostics,
    warnings: result.warnings,
    objects: result.objects.map((o) => o.object),
    migrations: result.migrations,
  };
}
