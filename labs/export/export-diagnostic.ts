/**
 * A problem found while exporting, as a value with a place (the setting or field it is about) and a
 * message in both languages looked up by code.
 */
import {
  EXPORT_MESSAGES,
  formatMessage,
  type BilingualText,
  type ExportMessageCode,
} from './export-messages.ts';

/** One export problem. Errors stop the export; warnings are shown beside the YAML. */
export interface ExportDiagnostic {
  code: ExportMessageCode;
  severity: 'error' | 'warning';
  /** The setting or field path it is about, e.g. `settings.nodePort` or `package.json:dependencies`. */
  field: string;
  message: BilingualText;
}

/** Builds a diagnostic whose message comes from the table. */
export function exportDiagnostic(
  code: ExportMessageCode,
  severity: ExportDiagnostic['severity'],
  field: string,
  params: Record<string, string | number> = {},
): ExportDiagnostic {
  return { code, severity, field, message: formatMessage(EXPORT_MESSAGES[code], params) };
}

/** Formats a diagnostic as one line per language, the place first. */
export function formatExportDiagnostic(d: ExportDiagnostic, lang: 'es' | 'en'): string {
  return `${d.field}: ${d.severity === 'error' ? 'error' : lang === 'es' ? 'aviso' : 'warning'}: ${d.message[lang]}`;
}
