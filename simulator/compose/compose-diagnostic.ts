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

/** One error or warning of the converter. */
export interface ComposeDiagnostic extends ComposePlace {
  code: ComposeDiagnosticCode;
  /** An error stops the conversion; a warning explains a difference between Compose and Kubernetes. */
  severity: 'error' | 'warning';
  params: Readonly<Record<string, string | number>>;
  message: BilingualTemplate;
}

/** Builds a diagnostic, filling the code's message templates with `params`. */
export function composeDiagnostic(
  code: ComposeDiagnosticCode,
  severity: ComposeDiagnostic['severity'],
  place: ComposePlace,
  params: Record<string, string | number> = {},
): ComposeDiagnostic {
  const template: BilingualTemplate = COMPOSE_MESSAGES[code];
  return { ...place, code, severity, params, message: { es: fill(template.es, params), en: fill(template.en, params) } };
}

/**
 * One line per diagnostic, like a compiler: `compose.yaml:4:9  services.web.ports[0]: …`.
 */
export function formatComposeDiagnostic(diagnostic: ComposeDiagnostic, lang: ComposeLanguage): string {
  const where = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`;
  const field = diagnostic.path ? `${diagnostic.path}: ` : '';
  return `${where}  ${field}${diagnostic.message[lang]}`;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
