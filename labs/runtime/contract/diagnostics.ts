/**
 * Problems a student can cause in a function (syntax error, missing export…) and why a runtime
 * could not start, as values with a place and a message in Spanish and English looked up by code.
 */
import { fillBilingual, placeOf, type Bilingual, type Diagnostic } from '../../../core/index.ts';

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
} as const satisfies Record<string, Bilingual>;

/** A diagnostic code. */
export type RuntimeMessageCode = keyof typeof RUNTIME_MESSAGES;

/** A problem in the student's function or why a runtime could not start; always an error. */
export type RuntimeDiagnostic = Diagnostic<RuntimeMessageCode>;

/** Fills a message template with parameters. */
export function formatRuntimeMessage(
  code: RuntimeMessageCode,
  params: Record<string, string | number> = {},
): Bilingual {
  return fillBilingual(RUNTIME_MESSAGES[code], params);
}

/** Builds a diagnostic whose message comes from the table. Lines and columns are 1-based; 0 for the whole file. */
export function runtimeDiagnostic(
  code: RuntimeMessageCode,
  place: { file: string; line?: number; column?: number },
  params: Record<string, string | number> = {},
): RuntimeDiagnostic {
  return {
    code,
    severity: 'error',
    place: placeOf(place.file, place.line, place.column),
    message: formatRuntimeMessage(code, { file: place.file, ...params }),
  };
}

/** A diagnostic whose `{detail}` differs per language (e.g. why a runtime is unavailable). */
export function localizedDiagnostic(
  code: RuntimeMessageCode,
  file: string,
  detail: Bilingual,
  params: Record<string, string | number> = {},
): RuntimeDiagnostic {
  return {
    code,
    severity: 'error',
    place: placeOf(file),
    message: fillBilingual(RUNTIME_MESSAGES[code], { ...params, detail }),
  };
}
