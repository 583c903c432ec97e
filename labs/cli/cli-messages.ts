/** The texts of `faaslab lab`, in Spanish and English. */
import { fill, type Bilingual } from '../../core/index.ts';

/** Usage of the group. */
export const LAB_USAGE: Bilingual = {
  es: `Uso:
  faaslab lab list
  faaslab lab run ID [--port P] [--handler ARCHIVO | --starter]     sirve la función en 127.0.0.1 (/ y /function/ID)
  faaslab lab invoke ID [--data TEXTO] [-H 'Nombre: valor']… [-X MÉTODO] [--path RUTA] [--handler ARCHIVO | --starter]
  faaslab lab test ID [--handler ARCHIVO | --starter]               ejecuta las comprobaciones ocultas
  faaslab lab export ID …                                           ver faaslab lab export --help
Sin --handler ni --starter se usa la solución del laboratorio. --lang es|en elige el idioma;
--language node|python elige el lenguaje de la función (un --handler .py implica python; hace falta python3).
`,
  en: `Usage:
  faaslab lab list
  faaslab lab run ID [--port P] [--handler FILE | --starter]        serve the function on 127.0.0.1 (/ and /function/ID)
  faaslab lab invoke ID [--data TEXT] [-H 'Name: value']… [-X METHOD] [--path PATH] [--handler FILE | --starter]
  faaslab lab test ID [--handler FILE | --starter]                  run the hidden checks
  faaslab lab export ID …                                           see faaslab lab export --help
Without --handler or --starter the lab's solution is used. --lang es|en picks the language;
--language node|python picks the function's language (a .py --handler implies python; needs python3).
`,
};

const MESSAGES = {
  unknownLab: {
    es: 'No existe el laboratorio "{id}". Mira `faaslab lab list`.',
    en: 'There is no lab "{id}". See `faaslab lab list`.',
  },
  noLanguage: {
    es: 'El laboratorio "{id}" no existe en {language}: mira `faaslab lab list`.',
    en: 'The lab "{id}" does not exist in {language}: see `faaslab lab list`.',
  },
  unknownCommand: { es: 'Orden desconocida "{command}".', en: 'Unknown command "{command}".' },
  unreadable: { es: 'No se puede leer {file}: {detail}', en: 'Cannot read {file}: {detail}' },
  badHeader: {
    es: 'Cabecera mal formada "{header}": usa -H "Nombre: valor".',
    en: 'Malformed header "{header}": use -H "Name: value".',
  },
  serving: {
    es: 'Función {id} ({which}) en http://127.0.0.1:{port}/ y http://127.0.0.1:{port}/function/{id} — Ctrl+C para parar',
    en: 'Function {id} ({which}) on http://127.0.0.1:{port}/ and http://127.0.0.1:{port}/function/{id} — Ctrl+C to stop',
  },
  unexpectedStatus: {
    es: 'El servidor devolvió un código inesperado: {status}',
    en: 'Server returned unexpected status code: {status}',
  },
  summary: { es: '{passed} de {total} comprobaciones superadas', en: '{passed} of {total} checks passed' },
  expected: { es: 'esperado', en: 'expected' },
  got: { es: 'obtenido', en: 'got' },
  solution: { es: 'solución', en: 'solution' },
  starter: { es: 'inicial', en: 'starter' },
} as const satisfies Record<string, Bilingual>;

/** A message of the table, filled with parameters, in one language. */
export function cliText(
  key: keyof typeof MESSAGES,
  lang: keyof Bilingual,
  params: Record<string, string | number> = {},
): string {
  return fill(MESSAGES[key][lang], params, lang);
}
