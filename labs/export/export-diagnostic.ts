/**
 * A problem found while exporting, as a diagnostic whose place is the setting or field it is about
 * (no file, no line) and whose message comes from the export's table.
 */
import { fillBilingual, placeOf, type Diagnostic, type Severity } from '../../core/index.ts';
import { EXPORT_MESSAGES, type ExportMessageCode } from './export-messages.ts';

/**
 * Builds a diagnostic whose message comes from the table. `field` is the setting or field path, e.g.
 * `settings.nodePort` or `package.json:dependencies`. Errors stop the export; warnings are shown beside
 * the YAML.
 */
export function exportDiagnostic(
  code: ExportMessageCode,
  severity: Severity,
  field: string,
  params: Record<string, string | number> = {},
): Diagnostic<ExportMessageCode> {
  return {
    code,
    severity,
    place: placeOf('', 0, 0, field),
    message: fillBilingual(EXPORT_MESSAGES[code], params),
  };
}
