import type { Bilingual } from '../../core/index.ts';

/** Codes of the diagnostics the OpenFaaS layer gives for a student's stack file or Function. */
export type OpenFaaSDiagnosticCode =
  | 'openfaas-label-not-number'
  | 'openfaas-label-range'
  | 'openfaas-label-enum'
  | 'openfaas-label-duration'
  | 'openfaas-label-bool'
  | 'openfaas-scale-min-above-max'
  | 'openfaas-env-duration'
  | 'openfaas-env-number'
  | 'openfaas-stack-yaml'
  | 'openfaas-stack-no-functions'
  | 'openfaas-stack-missing-field'
  | 'openfaas-function-name';

type Params = Record<string, string | number>;

const MESSAGES: Record<OpenFaaSDiagnosticCode, (p: Params) => { message: Bilingual; fix: Bilingual }> = {
  'openfaas-label-not-number': (p) => ({
    message: {
      es: `${p.label}: "${p.value}" no es un número.`,
      en: `${p.label}: "${p.value}" is not a number.`,
    },
    fix: {
      es: `Escribe un número entre comillas, p. ej. "${p.example}".`,
      en: `Write a quoted number, e.g. "${p.example}".`,
    },
  }),
  'openfaas-label-range': (p) => ({
    message: {
      es: `${p.label}: ${p.value} está fuera del rango ${p.range}.`,
      en: `${p.label}: ${p.value} is outside ${p.range}.`,
    },
    fix: { es: `Usa un valor en ${p.range}.`, en: `Use a value in ${p.range}.` },
  }),
  'openfaas-label-enum': (p) => ({
    message: {
      es: `${p.label}: "${p.value}" no es uno de ${p.allowed}.`,
      en: `${p.label}: "${p.value}" is not one of ${p.allowed}.`,
    },
    fix: { es: `Elige ${p.allowed}.`, en: `Pick ${p.allowed}.` },
  }),
  'openfaas-label-duration': (p) => ({
    message: {
      es: `${p.label}: "${p.value}" no es una duración de Go.`,
      en: `${p.label}: "${p.value}" is not a Go duration.`,
    },
    fix: {
      es: 'Escribe una duración con unidad, p. ej. "15m", "30s" o "1m30s".',
      en: 'Write a duration with a unit, e.g. "15m", "30s" or "1m30s".',
    },
  }),
  'openfaas-label-bool': (p) => ({
    message: {
      es: `${p.label}: "${p.value}" no es "true" ni "false".`,
      en: `${p.label}: "${p.value}" is neither "true" nor "false".`,
    },
    fix: { es: 'Escribe "true" o "false" entre comillas.', en: 'Write "true" or "false", quoted.' },
  }),
  'openfaas-scale-min-above-max': (p) => ({
    message: {
      es: `com.openfaas.scale.min (${p.min}) es mayor que com.openfaas.scale.max (${p.max}).`,
      en: `com.openfaas.scale.min (${p.min}) is greater than com.openfaas.scale.max (${p.max}).`,
    },
    fix: {
      es: 'Baja min o sube max; con min = max el escalado queda desactivado.',
      en: 'Lower min or raise max; min = max disables scaling.',
    },
  }),
  'openfaas-env-duration': (p) => ({
    message: {
      es: `${p.name}: "${p.value}" no es una duración de Go; el watchdog no arrancaría.`,
      en: `${p.name}: "${p.value}" is not a Go duration; the watchdog would not start.`,
    },
    fix: { es: 'Escribe p. ej. "10s" o "1m".', en: 'Write e.g. "10s" or "1m".' },
  }),
  'openfaas-env-number': (p) => ({
    message: {
      es: `${p.name}: "${p.value}" no es un entero ≥ 0.`,
      en: `${p.name}: "${p.value}" is not an integer ≥ 0.`,
    },
    fix: { es: 'Escribe un entero; 0 significa sin límite.', en: 'Write an integer; 0 means unlimited.' },
  }),
  'openfaas-stack-yaml': (p) => ({
    message: {
      es: `El stack file no es YAML válido: ${p.detail}`,
      en: `The stack file is not valid YAML: ${p.detail}`,
    },
    fix: {
      es: 'Revisa la sangría y los dos puntos de esa línea.',
      en: "Check that line's indentation and colons.",
    },
  }),
  'openfaas-stack-no-functions': () => ({
    message: {
      es: 'El stack file no tiene la sección functions.',
      en: 'The stack file has no functions section.',
    },
    fix: {
      es: 'Añade functions: con al menos una función (faas-cli new la escribe).',
      en: 'Add functions: with at least one function (faas-cli new writes it).',
    },
  }),
  'openfaas-stack-missing-field': (p) => ({
    message: { es: `La función ${p.name} no tiene ${p.field}.`, en: `Function ${p.name} has no ${p.field}.` },
    fix: { es: `Añade ${p.field}: a la función.`, en: `Add ${p.field}: to the function.` },
  }),
  'openfaas-function-name': (p) => ({
    message: {
      es: `"${p.name}" no es un nombre de función válido (DNS-1123).`,
      en: `"${p.name}" is not a valid function name (DNS-1123).`,
    },
    fix: {
      es: 'Usa minúsculas, dígitos y guiones, empezando por una letra.',
      en: 'Use lower-case letters, digits and hyphens, starting with a letter.',
    },
  }),
};

/** A diagnostic without its place in the file; the importer or the stack reader adds line and column. */
export interface OpenFaaSIssue {
  code: OpenFaaSDiagnosticCode;
  severity: 'error' | 'warning';
  /** Field path, e.g. `spec.labels["com.openfaas.scale.min"]`. */
  path: string;
  message: Bilingual;
  fix: Bilingual;
}

/** Builds an issue from its code: the text in both languages is looked up, never written at the call site. */
export function openfaasIssue(
  code: OpenFaaSDiagnosticCode,
  path: string,
  params: Params = {},
  severity: 'error' | 'warning' = 'error',
): OpenFaaSIssue {
  return { code, severity, path, ...MESSAGES[code](params) };
}
