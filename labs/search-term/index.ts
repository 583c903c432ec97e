/** Lab 4, search term: the course's `{url, term}` example made offline, `{text, term}` → `{found}`. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { check, example, labText, nodeLabFiles, postJson } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { SEARCH_TERM_SOLUTION, SEARCH_TERM_STARTER } from './handlers.ts';
import { searchTermPython } from './python.ts';

const PAGE = 'OpenFaaS makes it simple to deploy both functions and existing code to Kubernetes';

/** The search-term lab. */
export const searchTermLab: Lab = {
  id: 'search-term',
  ...labText(text),
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
