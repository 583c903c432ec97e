/** The search-term lab's handler files. */
import { TEMPLATE_STARTER } from '../template-starter.ts';

/** The starter: the template's echo. */
export const SEARCH_TERM_STARTER = TEMPLATE_STARTER;

/** The solution. */
export const SEARCH_TERM_SOLUTION = `'use strict'

// POST {"text": "...", "term": "..."} → {"found": true|false}, ignoring upper/lower case.
module.exports = async (event, context) => {
  const { text, term } = event.body || {}
  if (typeof text !== 'string' || typeof term !== 'string' || term === '') {
    return context.status(400).succeed({ error: 'Send JSON like {"text": "...", "term": "..."}' })
  }
  const found = text.toLowerCase().includes(term.toLowerCase())
  return context.status(200).headers({ 'content-type': 'application/json' }).succeed({ found })
}
`;
