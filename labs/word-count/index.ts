/** Lab 2, word count: JSON in, JSON out, 400 with a message when the input is not what it should be. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { labPackageJson } from '../lab-package-json.ts';
import { WORD_COUNT_SOLUTION, WORD_COUNT_STARTER } from './handlers.ts';

const JSON_TYPE = { 'content-type': 'application/json' };

/** The word-count lab. */
export const wordCountLab: Lab = {
  id: 'word-count',
  title: { es: 'Contar palabras', en: 'Word count' },
  summary: {
    es: 'JSON de entrada, JSON de salida y un 400 claro cuando la entrada no sirve.',
    en: 'JSON in, JSON out, and a clear 400 when the input is wrong.',
  },
  instructions: {
    es: [
      'La función recibe `POST` con `Content-Type: application/json` y un cuerpo `{"text": "…"}`.',
      'La plantilla de Node ya convierte ese JSON en un objeto: `event.body.text`.',
      '',
      'Responde `{"words": n, "lines": n, "characters": n}` (palabras separadas por espacios en blanco,',
      'líneas separadas por `\\n`, caracteres Unicode). Si `text` falta o no es una cadena, responde',
      '**400** con `{"error": "…"}`. Un JSON mal formado ya lo rechaza la plantilla con 400.',
    ].join('\n'),
    en: [
      'The function receives `POST` with `Content-Type: application/json` and a body `{"text": "…"}`.',
      'The Node template already turns that JSON into an object: `event.body.text`.',
      '',
      'Answer `{"words": n, "lines": n, "characters": n}` (words split on whitespace, lines on `\\n`,',
      'Unicode characters). When `text` is missing or not a string, answer **400** with',
      '`{"error": "…"}`. Malformed JSON is already refused by the template with 400.',
    ].join('\n'),
  },
  files: { 'handler.js': WORD_COUNT_STARTER, 'package.json': labPackageJson('word-count') },
  solution: { 'handler.js': WORD_COUNT_SOLUTION, 'package.json': labPackageJson('word-count') },
  checks: [
    {
      id: 'counts',
      title: { es: 'Cuenta palabras, líneas y caracteres', en: 'Counts words, lines and characters' },
      request: {
        method: 'POST',
        path: '/',
        headers: JSON_TYPE,
        body: '{"text": "el perro y el gato\\ncorren"}',
      },
      expect: { status: 200, json: { words: 6, lines: 2, characters: 25 } },
    },
    {
      id: 'empty-text',
      title: { es: 'Texto vacío', en: 'Empty text' },
      request: { method: 'POST', path: '/', headers: JSON_TYPE, body: '{"text": ""}' },
      expect: { status: 200, json: { words: 0, lines: 0, characters: 0 } },
    },
    {
      id: 'missing-text-400',
      title: { es: 'Sin "text": 400 con un mensaje', en: 'No "text": 400 with a message' },
      request: { method: 'POST', path: '/', headers: JSON_TYPE, body: '{"texto": "hola"}' },
      expect: {
        status: 400,
        predicate: {
          describe: { es: 'un JSON con un campo "error" de texto', en: 'JSON with a string "error" field' },
          test: (response) => typeof (JSON.parse(response.body) as { error?: unknown }).error === 'string',
        },
      },
    },
    {
      id: 'bad-json-400',
      title: { es: 'JSON mal formado: 400', en: 'Malformed JSON: 400' },
      request: { method: 'POST', path: '/', headers: JSON_TYPE, body: '{"text": ' },
      expect: { status: 400 },
    },
  ],
  limits: labLimits(),
  env: {},
  examples: [
    {
      label: { es: 'Una frase', en: 'A sentence' },
      request: {
        method: 'POST',
        path: '/',
        headers: JSON_TYPE,
        body: '{"text": "FaaS es Function as a Service"}',
      },
    },
    {
      label: { es: 'Sin text', en: 'Without text' },
      request: { method: 'POST', path: '/', headers: JSON_TYPE, body: '{}' },
    },
  ],
};
