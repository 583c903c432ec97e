/** The word-count lab's handler files. */
import { TEMPLATE_STARTER } from '../template-starter.ts';

/** The starter: the template's echo. */
export const WORD_COUNT_STARTER = TEMPLATE_STARTER;

/** The solution. */
export const WORD_COUNT_SOLUTION = `'use strict'

// POST {"text": "..."} as application/json → {"words": n, "lines": n, "characters": n}
module.exports = async (event, context) => {
  const text = event.body && event.body.text
  if (typeof text !== 'string') {
    return context
      .status(400)
      .headers({ 'content-type': 'application/json' })
      .succeed({ error: 'Send JSON like {"text": "..."}' })
  }
  const words = text.split(/\\s+/).filter((word) => word.length > 0).length
  const lines = text === '' ? 0 : text.split('\\n').length
  return context
    .status(200)
    .headers({ 'content-type': 'application/json' })
    .succeed({ words, lines, characters: Array.from(text).length })
}
`;
