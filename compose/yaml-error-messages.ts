/**
 * What the `yaml` library's error codes mean, in Spanish and English, so a syntax error reads in the
 * student's language (the library's own text is English only; it is kept as the fallback).
 */
import type { Bilingual } from '../core/index.ts';

/** yaml error code → explanation. */
export const YAML_ERROR_MESSAGES: Record<string, Bilingual> = {
  BAD_INDENT: {
    es: 'la sangría no encaja con la de las líneas de alrededor',
    en: 'the indentation does not fit the lines around it',
  },
  TAB_AS_INDENT: {
    es: 'hay un tabulador en la sangría; YAML solo admite espacios',
    en: 'there is a tab in the indentation; YAML only allows spaces',
  },
  MISSING_CHAR: {
    es: 'falta un carácter de cierre (una comilla, "]" o "}")',
    en: 'a closing character is missing (a quote, "]" or "}")',
  },
  DUPLICATE_KEY: {
    es: 'una clave aparece dos veces en el mismo mapa',
    en: 'a key appears twice in the same mapping',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    es: 'falta ":" después de una clave, o sobra sangría',
    en: 'a ":" is missing after a key, or there is too much indentation',
  },
  MULTILINE_IMPLICIT_KEY: {
    es: 'una clave ocupa varias líneas; ¿falta ":" o una comilla de cierre?',
    en: 'a key spans several lines; is a ":" or a closing quote missing?',
  },
  UNEXPECTED_TOKEN: {
    es: 'hay un carácter inesperado en esta posición',
    en: 'there is an unexpected character here',
  },
  BAD_SCALAR_START: {
    es: 'un valor no puede empezar con este carácter sin comillas',
    en: 'a value cannot start with this character unless quoted',
  },
  BAD_DQ_ESCAPE: {
    es: 'secuencia de escape no válida entre comillas dobles',
    en: 'invalid escape sequence inside double quotes',
  },
  BAD_ALIAS: { es: 'alias no válido', en: 'invalid alias' },
  BLOCK_IN_FLOW: {
    es: 'no se puede abrir un bloque dentro de [ ] o { }',
    en: 'a block cannot start inside [ ] or { }',
  },
  MULTIPLE_DOCS: {
    es: 'el archivo Compose debe ser un solo documento',
    en: 'the Compose file must be a single document',
  },
  NON_STRING_KEY: { es: 'las claves deben ser textos', en: 'keys must be strings' },
};

/** The explanation of `code`, or the library's message when the code is not in the table. */
export function yamlErrorDetail(code: string, libraryMessage: string): Bilingual {
  return YAML_ERROR_MESSAGES[code] ?? { es: libraryMessage, en: libraryMessage };
}
