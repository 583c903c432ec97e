/** Lab 6, sensor aggregation: IoT readings in, min/max/mean per sensor out (the course's FaaS for HPC). */
import type { Lab } from '../lab-types.ts';
import { JSON_TYPE, check, example, nodeLab, post, postJson } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { SENSOR_SOLUTION, SENSOR_STARTER } from './handlers.ts';
import { sensorAggregationPython } from './python.ts';

const READINGS = [
  { sensor: 'invernadero-1', value: 21.5 },
  { sensor: 'invernadero-2', value: 18 },
  { sensor: 'invernadero-1', value: 23.25 },
  { sensor: 'invernadero-1', value: 19 },
  { sensor: 'invernadero-2', value: 'error' },
  { sensor: 'invernadero-2', value: 19.5 },
];

/** The sensor-aggregation lab. */
export const sensorAggregationLab: Lab = nodeLab({
  id: 'sensor-aggregation',
  text,
  starter: SENSOR_STARTER,
  solution: SENSOR_SOLUTION,
  checks: [
    check('aggregates', { es: 'Agrega por sensor', en: 'Aggregates per sensor' }, postJson(READINGS), {
      status: 200,
      json: {
        'invernadero-1': { count: 3, min: 19, max: 23.25, mean: 21.25 },
        'invernadero-2': { count: 2, min: 18, max: 19.5, mean: 18.75 },
      },
    }),
    check('empty-array', { es: 'Sin lecturas', en: 'No readings' }, post(JSON_TYPE, '[]'), {
      status: 200,
      json: {},
    }),
    check(
      'not-an-array-400',
      { es: 'No es un array: 400', en: 'Not an array: 400' },
      post(JSON_TYPE, '{"sensor": "a", "value": 1}'),
      { status: 400 },
    ),
  ],
  examples: [example({ es: 'Lecturas del invernadero', en: 'Greenhouse readings' }, postJson(READINGS))],
  python: sensorAggregationPython,
});
