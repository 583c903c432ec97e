import type { Diagnostic } from '../api-types.ts';

// C0 controls except tab and newline, DEL and C1 controls: a YAML key may hold any of them ("\e[2J"
// in a quoted key), and a terminal would obey them instead of showing them.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print on a terminal: control characters shown as `\u001b`, never obeyed. */
export function escapeForTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Formats a diagnostic the way compilers do, for terminals and logs:
 * `flaskapp.yaml:10:17  spec.ports[0].nodePort: …` then the fix on the next line. Whatever came from
 * the student's file (names, keys, values) is printed escaped.
 */
export function formatDiagnostic(diagnostic: Diagnostic, language: 'es' | 'en' = 'es'): string {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const field = diagnostic.path ? `${diagnostic.path}: ` : '';
  const head = `${where}  ${diagnostic.severity} ${diagnostic.code}  ${field}${diagnostic.message[language]}`;
  const text = diagnostic.fix ? `${head}\n${' '.repeat(where.length + 2)}${diagnostic.fix[language]}` : head;
  return escapeForTerminal(text);
}
