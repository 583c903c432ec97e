/** Lab 4, search term: the course's `{url, term}` example made offline, `{text, term}` → `{found}`. */
import type { Lab } from '../lab-types.ts';
import { check, example, nodeLab, postJson } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { SEARCH_TERM_SOLUTION, SEARCH_TERM_STARTER } from './handlers.ts';
import { searchTermPython } from './python.ts';

const PAGE = 'OpenFaaS makes it simple to deploy both functions and existing code to Kubernetes';

/** A check that searches PAGE for `term` and expects `{found}` with a 200. */
function searchCheck(id: string, title: Lab['title'], term: string, found: boolean) {
  return check(id, title, postJson({ text: PAGE, term }), { status: 200, json: { found } });
}

/** The search-term lab. */
export const searchTermLab: Lab = nodeLab({
  id: 'search-term',
  text,
  starter: SEARCH_TERM_STARTER,
  solution: SEARCH_TERM_SOLUTION,
  checks: [
    searchCheck('found', { es: 'Término presente', en: 'Term present' }, 'Kubernetes', true),
    searchCheck('ignores-case', { es: 'Sin distinguir mayúsculas', en: 'Ignoring case' }, 'openfaas', true),
    searchCheck('not-found', { es: 'Término ausente', en: 'Term absent' }, 'lambda', false),
    check('missing-term-400', { es: 'Sin term: 400', en: 'No term: 400' }, postJson({ text: PAGE }), {
      status: 400,
    }),
  ],
  examples: [example({ es: 'Buscar "faas"', en: 'Search "faas"' }, postJson({ text: PAGE, term: 'faas' }))],
  python: searchTermPython,
});
