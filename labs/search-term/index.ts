/** Lab 4, search term: the course's `{url, term}` example made offline, `{text, term}` → `{found}`. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { check, example, nodeLabFiles, postJson } from '../lab-checks.ts';
import { SEARCH_TERM_SOLUTION, SEARCH_TERM_STARTER } from './handlers.ts';
import { searchTermPython } from './python.ts';

const PAGE = 'OpenFaaS makes it simple to deploy both functions and existing code to Kubernetes';

/** The search-term lab. */
export const searchTermLab: Lab = {
  id: 'search-term',
  title: { es: 'Buscar un término', en: 'Search a term' },
  summary: {
    es: 'El ejemplo {url, term} del curso, sin red: ¿aparece el término en el texto?',
    en: "The course's {url, term} example without network: does the term appear in the text?",
  },
  instructions: {
    es: [
      'En el curso la función descarga una página (`url`) y busca un término. Aquí no hay red:',
      'recibes el texto directamente. Con `POST` y `{"text": "…", "term": "…"}` responde `{"found": true}`',
      'si el término aparece (sin distinguir mayúsculas) y `{"found": false}` si no.',
      'Si falta `text` o `term` (o `term` está vacío), responde **400**.',
    ].join('\n'),
    en: [
      'In the course the function downloads a page (`url`) and looks for a term. There is no network here:',
      'you get the text itself. With `POST` and `{"text": "…", "term": "…"}` answer `{"found": true}` when',
      'the term appears (ignoring case) and `{"found": false}` when it does not.',
      'When `text` or `term` is missing (or `term` is empty), answer **400**.',
    ].join('\n'),
  },
  ...nodeLabFiles('search-term', SEARCH_TERM_STARTER, SEARCH_TERM_SOLUTION),
  checks: [
    check(
      'found',
      { es: 'Término presente', en: 'Term present' },
      postJson({ text: PAGE, term: 'Kubernetes' }),
      {
        status: 200,
        json: { found: true },
      },
    ),
    check(
      'ignores-case',
      { es: 'Sin distinguir mayúsculas', en: 'Ignoring case' },
      postJson({ text: PAGE, term: 'openfaas' }),
      { status: 200, json: { found: true } },
    ),
    check(
      'not-found',
      { es: 'Término ausente', en: 'Term absent' },
      postJson({ text: PAGE, term: 'lambda' }),
      {
        status: 200,
        json: { found: false },
      },
    ),
    check('missing-term-400', { es: 'Sin term: 400', en: 'No term: 400' }, postJson({ text: PAGE }), {
      status: 400,
    }),
  ],
  limits: labLimits(),
  env: {},
  examples: [example({ es: 'Buscar "faas"', en: 'Search "faas"' }, postJson({ text: PAGE, term: 'faas' }))],
  python: searchTermPython,
};
