/**
 * Problems a student can cause in a function (syntax error, missing export…) and why a runtime
 * could not start, as values with a place and a message in Spanish and English looked up by code.
 */
import type { Localized } from './localized.ts';

/** Every diagnostic code with its message template; `{name}` is replaced by the parameter. */
export const RUNTIME_MESSAGES = {
  'handler-syntax': {
    es: 'Error de sintaxis en el handler: {detail}. Corrige esa línea antes de invocar la función.',
    en: 'Syntax error in the handler: {detail}. Fix that line before invoking the function.',
  },
  'handler-load': {
    es: 'El handler falló al cargarse: {detail}.',
    en: 'The handler failed while loading: {detail}.',
  },
  'handler-not-function': {
    es: 'handler.js debe exportar una función: module.exports = async (event, context) => { … }.',
    en: 'handler.js must export a function: module.exports = async (event, context) => { … }.',
  },
  'handler-missing': {
    es: 'Falta el archivo {file}.',
    en: 'The file {file} is missing.',
  },
  'runtime-unavailable': {
    es: 'Este entorno no puede ejecutar la función aquí: {detail}.',
    en: 'This runtime cannot run the function here: {detail}.',
  },
  'runtime-timeout': {
    es: 'El entorno no arrancó en {seconds} s: {detail}.',
    en: 'The runtime did not start within {seconds} s: {detail}.',
  },
  'npm-install-failed': {
    es: 'npm install terminó con el código {code}: revisa las dependencias de package.json.',
    en: 'npm install exited with code {code}: check the dependencies in package.json.',
  },
  'runtime-aborted': {
    es: 'Arranque cancelado.',
    en: 'Start cancelled.',
  },
} as const satisfies Record<string, Localized>;

/** A diagnostic code. */
export type RuntimeMessageCode = keyof typeof RUNTIME_MESSAGES;

/** One problem with its place. Lines and columns are 1-based; 0 when the place is the whole file. */
export interface Diagnostic {
  code: RuntimeMessageCode;
  file: string;
  line: number;
  column: number;
  message: Localized;
}

/** Fills a message template with parameters. */
export function formatRuntimeMessage(
  code: RuntimeMessageCode,
  params: Record<string, string | number> = {},
): Localized {
  const fill = (text: string): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
  const template = RUNTIME_MESSAGES[code];
  return { es: fill(template.es), en: fill(template.en) };
}

/** Builds a diagnostic whose message comes from the table. */
export function runtimeDiagnostic(
  code: RuntimeMessageCode,
  place: { file: string; line?: number; column?: number },
  params: Record<string, string | number> = {},
): Diagnostic {
  return {
    code,
    file: place.file,
    line: place.line ?? 0,
    column: place.column ?? 0,
    message: formatRuntimeMessage(code, { file: place.file, ...params }),
  };
}

/** A diagnostic whose `{detail}` differs per language (e.g. why a runtime is unavailable). */
export function localizedDiagnostic(
  code: RuntimeMessageCode,
  file: string,
  detail: Localized,
  params: Record<string, string | number> = {},
): Diagnostic {
  const es = formatRuntimeMessage(code, { ...params, detail: detail.es }).es;
  const en = formatRuntimeMessage(code, { ...params, detail: detail.en }).en;
  return { code, file, line: 0, column: 0, message: { es, en } };
}

/** `handler.js:3:7 Syntax error …` in one language. */
export function formatDiagnostic(d: Diagnostic, lang: keyof Localized): string {
  const place = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${place} ${d.message[lang]}`;
}
