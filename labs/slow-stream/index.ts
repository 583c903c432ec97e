/** Lab 5, slow stream: counts up with delays; exec_timeout cuts it, as with the course's bash printr. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { check, example, get, nodeLabFiles } from '../lab-checks.ts';
import { SLOW_STREAM_SOLUTION, SLOW_STREAM_STARTER } from './handlers.ts';

/** The slow-stream lab. */
export const slowStreamLab: Lab = {
  id: 'slow-stream',
  title: { es: 'Cuenta lenta y exec_timeout', en: 'Slow count and exec_timeout' },
  summary: {
    es: 'Una función que tarda: mira cómo exec_timeout la corta con un 504.',
    en: 'A function that takes its time: watch exec_timeout cut it with a 504.',
  },
  instructions: {
    es: [
      'En el curso, la función bash `printr` imprime números con pausas y `exec_timeout` la corta.',
      'Este laboratorio fija `exec_timeout=2s`.',
      '',
      'Con `GET /?count=N&delay=MS` la función debe esperar `MS` milisegundos antes de cada número y',
      'responder `1\\n2\\n…N\\n`. Con `count=5&delay=100` responde a tiempo; con `count=30&delay=100`',
      'tardaría 3 s, así que el watchdog responde **504** al llegar a 2 s. El inicio cuenta sin esperar: arréglalo',
      '(pista: `await new Promise((r) => setTimeout(r, ms))`).',
    ].join('\n'),
    en: [
      'In the course, the bash function `printr` prints numbers with pauses and `exec_timeout` cuts it.',
      'This lab sets `exec_timeout=2s`.',
      '',
      'With `GET /?count=N&delay=MS` the function must wait `MS` milliseconds before each number and answer',
      '`1\\n2\\n…N\\n`. With `count=5&delay=100` it answers in time; with `count=30&delay=100` it would take 3 s,',
      'so the watchdog answers **504** at 2 s. The starter counts without waiting: fix it',
      '(hint: `await new Promise((r) => setTimeout(r, ms))`).',
    ].join('\n'),
  },
  ...nodeLabFiles('slow-stream', SLOW_STREAM_STARTER, SLOW_STREAM_SOLUTION),
  checks: [
    check(
      'counts-in-time',
      { es: 'Cuenta hasta 5 a tiempo', en: 'Counts to 5 in time' },
      get('/?count=5&delay=100'),
      {
        status: 200,
        body: '1\n2\n3\n4\n5\n',
      },
    ),
    check(
      'cut-by-exec-timeout',
      { es: 'exec_timeout corta una cuenta de 3 s', en: 'exec_timeout cuts a 3 s count' },
      get('/?count=30&delay=100'),
      { status: 504, headers: { 'x-openfaas-internal': 'of-watchdog' } },
    ),
  ],
  limits: labLimits({ execTimeoutMs: 2_000 }),
  env: {},
  examples: [
    example({ es: 'Contar hasta 5', en: 'Count to 5' }, get('/?count=5&delay=200')),
    example({ es: 'Demasiado lento', en: 'Too slow' }, get('/?count=30&delay=100')),
  ],
};
