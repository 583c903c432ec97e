/** Lab 3, banner: ASCII-art text like the course's figlet function from the store, without network. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { TEXT_PLAIN, check, example, labText, nodeLabFiles, post } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { renderBanner } from './block-font.ts';
import { BANNER_SOLUTION, BANNER_STARTER } from './handlers.ts';
import { bannerPython } from './python.ts';

/** The banner lab. */
export const bannerLab: Lab = {
  id: 'banner',
  ...labText(text),
  ...nodeLabFiles('banner', BANNER_STARTER, BANNER_SOLUTION),
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
  limits: labLimits(),
  env: {},
  examples: [example({ es: 'Hola', en: 'Hello' }, post(TEXT_PLAIN, 'Hola'))],
  python: bannerPython,
};
