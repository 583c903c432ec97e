/**
 * The two ways a diagnostic is shown: one for terminals and logs (like a compiler), one for a page.
 */
import type { Language } from './bilingual.ts';
import type { Diagnostic, Place } from './diagnostic.ts';

/** `file:line:column`, or just `file` when the diagnostic is about the whole file; empty with no file. */
export function formatPlace(place: Place): string {
  if (place.line > 0) return `${place.file}:${place.line}:${place.column}`;
  return place.file;
}

const SEVERITY: Record<Language, Record<Diagnostic['severity'], string>> = {
  es: { error: 'error', warning: 'aviso' },
  en: { error: 'error', warning: 'warning' },
};

/**
 * For terminals and logs, the way compilers print:
 * `flaskapp.yaml:10:17  error node-port-range  spec.ports[0].nodePort: …` then the fix, indented, on
 * the next line.
 */
export function formatDiagnostic(diagnostic: Diagnostic, lang: Language = 'es'): string {
  const where = formatPlace(diagnostic.place);
  const field = diagnostic.place.path ? `${diagnostic.place.path}: ` : '';
  const head = `${where ? `${where}  ` : ''}${SEVERITY[lang][diagnostic.severity]} ${diagnostic.code}  ${field}${diagnostic.message[lang]}`;
  // Names, keys and values come from the student's file: printed escaped, never obeyed by the terminal.
  return escapeForTerminal(
    diagnostic.fix ? `${head}\n${' '.repeat(where ? where.length + 2 : 2)}${diagnostic.fix[lang]}` : head,
  );
}

// C0 controls except tab and newline, DEL and C1 controls: a YAML key may hold any of them ("\e[2J"
// in a quoted key), and a terminal would obey them instead of showing them.
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print on a terminal: control characters shown as `\u001b`, never obeyed. */
export function escapeForTerminal(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What a page shows of a diagnostic: the place to link to, and one readable sentence with the fix. */
export interface DiagnosticOnPage {
  severity: Diagnostic['severity'];
  code: string;
  /** `file:line:column`, `file`, or empty. */
  where: string;
  /** `path: message fix` in one language. */
  text: string;
  /** `where text`, for a status line. */
  line: string;
}

/** For a page (a status line, a list item, an editor's lint mark): no code noise, the fix in the same sentence. */
export function diagnosticOnPage(diagnostic: Diagnostic, lang: Language): DiagnosticOnPage {
  const where = formatPlace(diagnostic.place);
  const field = diagnostic.place.path ? `${diagnostic.place.path}: ` : '';
  const text = `${field}${diagnostic.message[lang]}${diagnostic.fix ? ` ${diagnostic.fix[lang]}` : ''}`;
  return {
    severity: diagnostic.severity,
    code: diagnostic.code,
    where,
    text,
    line: where ? `${where} ${text}` : text,
  };
}
