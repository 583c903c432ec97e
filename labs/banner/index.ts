/** Lab 3, banner: ASCII-art text like the course's figlet function from the store, without network. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { labPackageJson } from '../lab-package-json.ts';
import { renderBanner } from './block-font.ts';
import { BANNER_SOLUTION, BANNER_STARTER } from './handlers.ts';
import { bannerPython } from './python.ts';

const TEXT = { 'content-type': 'text/plain' };

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
  files: { 'handler.js': BANNER_STARTER, 'package.json': labPackageJson('banner') },
  solution: { 'handler.js': BANNER_SOLUTION, 'package.json': labPackageJson('banner') },
  checks: [
    {
      id: 'draws-faas',
      title: { es: 'Dibuja "faas"', en: 'Draws "faas"' },
      request: { method: 'POST', path: '/', headers: TEXT, body: 'faas' },
      expect: { status: 200, body: renderBanner('faas') },
    },
    {
      id: 'digits-and-unknown',
      title: { es: 'Dígitos y un carácter sin dibujo', en: 'Digits and a character with no drawing' },
      request: { method: 'POST', path: '/', headers: TEXT, body: 'k3s #1' },
      expect: { status: 200, body: renderBanner('k3s #1') },
    },
    {
      id: 'empty-400',
      title: { es: 'Cuerpo vacío: 400', en: 'Empty body: 400' },
      request: { method: 'POST', path: '/', headers: TEXT, body: '' },
      expect: { status: 400 },
    },
  ],
  limits: labLimits(),
  env: {},
  examples: [
    {
      label: { es: 'Hola', en: 'Hello' },
      request: { method: 'POST', path: '/', headers: TEXT, body: 'Hola' },
    },
  ],
  python: bannerPython,
};
