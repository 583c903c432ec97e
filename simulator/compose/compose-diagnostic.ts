/**
 * A problem the student's Compose file causes, as a value: a code, a place (file, line, column, field
 * path) and the message in Spanish and English looked up by code.
 */
import { COMPOSE_MESSAGES, type BilingualTemplate, type ComposeDiagnosticCode } from './compose-messages.ts';

/** Where in the Compose file a diagnostic points; line and column count from 1. */
export interface ComposePlace {
  file: string;
  line: number;
  column: number;
  /** Field path in the document, e.g. `services.web.ports[0]`. */
  path: string;
}

/** A language of the course. */
export type ComposeLanguage = 'es' | 'en';

/** A message parameter: the same in both languages, or translated. */
export type ComposeParam = string | number | BilingualTemplate;

/** One error or warning of the converter. */
export interface ComposeDiagnostic extends ComposePlace {
  code: ComposeDiagnosticCode;
  /** An error stops the conversion; a warning explains a difference between Compose and Kubernetes. */
  severity: 'error' | 'warning';
  params: Readonly<Record<string, ComposeParam>>;
  message: BilingualTemplate;
}

/** Builds a diagnostic, filling the code's message templates with `params`. */
export function composeDiagnostic(
  code: ComposeDiagnosticCode,
  severity: ComposeDiagnostic['severity'],
  place: ComposePlace,
  params: Record<string, ComposeParam> = {},
): ComposeDiagnostic {
  const template: BilingualTemplate = COMPOSE_MESSAGES[code];
  const message = { es: fill(template.es, params, 'es'), en: fill(template.en, params, 'en') };
  return { ...place, code, severity, params, message };
}

/**
 * One line per diagnostic, like a compiler: `compose.yaml:4:9  services.web.ports[0]: …`.
 */
export function formatComposeDiagnostic(diagnostic: ComposeDiagnostic, lang: ComposeLanguage): string {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const field = diagnostic.path ? `${diagnostic.path}: ` : '';
  return `${where}  ${field}${diagnostic.message[lang]}`;
}

function fill(template: string, params: Record<string, ComposeParam>, lang: ComposeLanguage): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'object' ? value[lang] : String(value);
  });
}
