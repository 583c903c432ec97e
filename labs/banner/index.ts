/** Lab 3, banner: ASCII-art text like the course's figlet function from the store, without network. */
import type { Lab } from '../lab-types.ts';
import { TEXT_PLAIN, check, example, nodeLab, post } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { renderBanner } from './block-font.ts';
import { BANNER_SOLUTION, BANNER_STARTER } from './handlers.ts';
import { bannerPython } from './python.ts';

/** The banner lab. */
export const bannerLab: Lab = nodeLab({
  id: 'banner',
  text,
  starter: BANNER_STARTER,
  solution: BANNER_SOLUTION,
  checks: [
    check('draws-faas', { es: 'Dibuja "faas"', en: 'Draws "faas"' }, post(TEXT_PLAIN, 'faas'), {
      status: 200,
      body: renderBanner('faas'),
    }),
    check(
      'digits-and-unknown',
      { es: 'Dígitos y un carácter sin dibujo', en: 'Digits and a character with no drawing' },
      post(TEXT_PLAIN, 'k3s #1'),
      { status: 200, body: renderBanner('k3s #1') },
    ),
    check('empty-400', { es: 'Cuerpo vacío: 400', en: 'Empty body: 400' }, post(TEXT_PLAIN, ''), {
      status: 400,
    }),
  ],
  examples: [example({ es: 'Hola', en: 'Hello' }, post(TEXT_PLAIN, 'Hola'))],
  python: bannerPython,
});
