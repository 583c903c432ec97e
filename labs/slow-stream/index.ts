/** Lab 5, slow stream: counts up with delays; exec_timeout cuts it, as with the course's bash printr. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { check, example, get, nodeLab } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { SLOW_STREAM_SOLUTION, SLOW_STREAM_STARTER } from './handlers.ts';

/** The slow-stream lab. */
export const slowStreamLab: Lab = nodeLab({
  id: 'slow-stream',
  text,
  starter: SLOW_STREAM_STARTER,
  solution: SLOW_STREAM_SOLUTION,
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
  examples: [
    example({ es: 'Contar hasta 5', en: 'Count to 5' }, get('/?count=5&delay=200')),
    example({ es: 'Demasiado lento', en: 'Too slow' }, get('/?count=30&delay=100')),
  ],
});
