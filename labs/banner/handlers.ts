/** The banner lab's handler files: the font travels inside the handler (no network, no npm). */
import { BLOCK_FONT } from './block-font.ts';

const FONT_SOURCE = `const FONT = ${JSON.stringify(BLOCK_FONT)}`;

/** The starter: the font is there, the drawing is the student's. */
export const BANNER_STARTER = `'use strict'

// A 3x5 block font: '#' is ink, '.' is paper.
${FONT_SOURCE}

module.exports = async (event, context) => {
  const text = String(event.body || '')
  // TODO (lab): draw text with FONT, five rows, one column between letters.
  return context.status(200).succeed(text)
}
`;

/** The solution. */
export const BANNER_SOLUTION = `'use strict'

// A 3x5 block font: '#' is ink, '.' is paper.
${FONT_SOURCE}

module.exports = async (event, context) => {
  const text = String(event.body || '').trim()
  if (text === '') {
    return context.status(400).headers({ 'content-type': 'text/plain' }).succeed('Send some text to draw.\\n')
  }
  const glyphs = Array.from(text.toUpperCase()).map((c) => FONT[c] || FONT['?'])
  let art = ''
  for (let row = 0; row < 5; row++) {
    const line = glyphs.map((glyph) => glyph[row]).join('.').replace(/\\./g, ' ')
    art += line.replace(/\\s+$/, '') + '\\n'
  }
  return context.status(200).headers({ 'content-type': 'text/plain' }).succeed(art)
}
`;
