/** The sensor-aggregation lab's handler files. */
import { TEMPLATE_STARTER } from '../template-starter.ts';

/** The starter: the template's echo. */
export const SENSOR_STARTER = TEMPLATE_STARTER;

/** The solution. */
export const SENSOR_SOLUTION = `'use strict'

// POST [{"sensor": "t1", "value": 20.5}, …] → {"t1": {"count", "min", "max", "mean"}, …}
const round2 = (x) => Math.round(x * 100) / 100

module.exports = async (event, context) => {
  const readings = event.body
  if (!Array.isArray(readings)) {
    return context.status(400).succeed({ error: 'Send a JSON array of {"sensor": "...", "value": number}' })
  }
  const stats = {}
  for (const reading of readings) {
    if (!reading || typeof reading.sensor !== 'string' || !Number.isFinite(reading.value)) continue
    const s = stats[reading.sensor] || (stats[reading.sensor] = { count: 0, min: Infinity, max: -Infinity, sum: 0 })
    s.count++
    s.min = Math.min(s.min, reading.value)
    s.max = Math.max(s.max, reading.value)
    s.sum += reading.value
  }
  const result = {}
  for (const [sensor, s] of Object.entries(stats)) {
    result[sensor] = { count: s.count, min: s.min, max: s.max, mean: round2(s.sum / s.count) }
  }
  return context.status(200).headers({ 'content-type': 'application/json' }).succeed(result)
}
`;
