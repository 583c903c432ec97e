/** Lab 3, banner: ASCII-art text like the course's figlet function from the store, without network. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { TEXT_PLAIN, check, example, nodeLabFiles, post } from '../lab-checks.ts';
import { renderBanner } from './block-font.ts';
import { BANNER_SOLUTION, BANNER_STARTER } from './handlers.ts';
import { bannerPython } from './python.ts';

/** The banner lab. */
export const bannerLab: Lab = {
  id: 'banner',
  title: { es: 'Pancarta ASCII', en: 'ASCII banner' },
  summary: {
    es: 'Dibuja texto con letras de bloques, como la función figlet de la tienda de OpenFaaS.',
    en: 'Draw text in block letters, like the figlet function of the OpenFaaS store.',
  },
  instructions: {
    es: [
      'En el curso se despliega `figlet` desde la tienda de OpenFaaS. Aquí lo harás tú, sin red.',
      '',
      'El handler ya trae una fuente `FONT` de 3×5: cada letra son cinco filas de `#` (tinta) y `.` (papel).',
      'Con un cuerpo `text/plain`, dibuja el texto en mayúsculas: cinco filas, una columna vacía entre letras,',
      '`#` como tinta y espacio como papel, sin espacios al final de cada fila y con `\\n` tras cada fila.',
      'Un carácter sin dibujo usa `?`. Un cuerpo vacío responde **400**.',
    ].join('\n'),
    en: [
      'The course deploys `figlet` from the OpenFaaS store. Here you write it, without network.',
      '',
      'The handler already has a 3×5 font `FONT`: each letter is five rows of `#` (ink) and `.` (paper).',
      'With a `text/plain` body, draw the text in capitals: five rows, one empty column between letters,',
      '`#` as ink and a space as paper, no trailing spaces and a `\\n` after each row.',
      'A character with no drawing uses `?`. An empty body answers **400**.',
    ].join('\n'),
  },
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
