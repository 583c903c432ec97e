import { parseAllDocuments, stringify } from 'yaml';
import type { Diagnostic } from '../../core/index.ts';
import { importManifests } from './import-manifests.ts';

/** What `migrateManifests` returns. */
export interface MigrationResult {
  /** The file with every removed-API document rewritten; the other documents as written (comments kept). */
  text: string;
  /** What was migrated (warnings `removed-api-migrated`), at the line of the old apiVersion. */
  migrated: Diagnostic[];
  /** Problems that remain after migration (the migrated text would still be refused). */
  diagnostics: Diagnostic[];
}

/**
 * `faaslab sim migrate` and the editor's "Migrate" action: rewrites documents in a removed API version
 * (extensions/v1beta1 Ingress…) to their replacement, as kubectl-convert does, following the
 * deprecation guide's table (removed-apis.ts). The student applies the result; nothing migrates silently.
 */
export function migrateManifests(yamlText: string, fileName: string): MigrationResult {
  const result = importManifests(yamlText, fileName, [], { migrateRemovedApis: true });
  const migrated = result.warnings.filter((w) => w.code === 'removed-api-migrated');
  if (result.migrations.length === 0) return { text: yamlText, migrated, diagnostics: result.diagnostics };
  const byIndex = new Map(result.migrations.map((m) => [m.documentIndex, m.object]));
  const documents = parseAllDocuments(yamlText);
  const parts = (Array.isArray(documents) ? documents : [documents]).map((doc, i) => {
    const object = byIndex.get(i);
    return object ? stringify(object) : String(doc).replace(/^---\n/, '');
  });
  return { text: parts.join('---\n'), migrated, diagnostics: result.diagnostics };
}
