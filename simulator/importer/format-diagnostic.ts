import type { Diagnostic } from '../api-types.ts';

/**
 * Formats a diagnostic the way compilers do, for terminals and logs:
 * `flaskapp.yaml:10:17  spec.ports[0].nodePort: …` then the fix on the next line.
 */
export function formatDiagnostic(diagnostic: Diagnostic, language: 'es' | 'en' = 'es'): string {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const field = diagnostic.path ? `${diagnostic.path}: ` : '';
  const head = `${where}  ${diagnostic.severity} ${diagnostic.code}  ${field}${diagnostic.message[language]}`;
  return diagnostic.fix ? `${head}\n${' '.repeat(where.length + 2)}${diagnostic.fix[language]}` : head;
}
