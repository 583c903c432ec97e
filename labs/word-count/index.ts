/** Lab 2, word count: JSON in, JSON out, 400 with a message when the input is not what it should be. */
import type { Lab } from '../lab-types.ts';
import { JSON_TYPE, check, example, nodeLab, post } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { WORD_COUNT_SOLUTION, WORD_COUNT_STARTER } from './handlers.ts';

/** The word-count lab. */
export const wordCountLab: Lab = nodeLab({
  id: 'word-count',
  text,
  starter: WORD_COUNT_STARTER,
  solution: WORD_COUNT_SOLUTION,
  checks: [
    check(
      'counts',
      { es: 'Cuenta palabras, líneas y caracteres', en: 'Counts words, lines and characters' },
      post(JSON_TYPE, '{"text": "el perro y el gato\\ncorren"}'),
      { status: 200, json: { words: 6, lines: 2, characters: 25 } },
    ),
    check('empty-text', { es: 'Texto vacío', en: 'Empty text' }, post(JSON_TYPE, '{"text": ""}'), {
      status: 200,
      json: { words: 0, lines: 0, characters: 0 },
    }),
    check(
      'missing-text-400',
      { es: 'Sin "text": 400 con un mensaje', en: 'No "text": 400 with a message' },
      post(JSON_TYPE, '{"texto": "hola"}'),
      {
        status: 400,
        predicate: {
          describe: { es: 'un JSON con un campo "error" de texto', en: 'JSON with a string "error" field' },
          test: (response) => typeof (JSON.parse(response.body) as { error?: unknown }).error === 'string',
        },
      },
    ),
    check(
      'bad-json-400',
      { es: 'JSON mal formado: 400', en: 'Malformed JSON: 400' },
      post(JSON_TYPE, '{"text": '),
      {
        status: 400,
      },
    ),
  ],
  examples: [
    example(
      { es: 'Una frase', en: 'A sentence' },
      post(JSON_TYPE, '{"text": "FaaS es Function as a Service"}'),
    ),
    example({ es: 'Sin text', en: 'Without text' }, post(JSON_TYPE, '{}')),
  ],
});
