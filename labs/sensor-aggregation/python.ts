/** The sensor-aggregation lab in Python: IoT readings in, statistics per sensor out. */
import type { LabPythonVariant } from '../lab-types.ts';
import { pythonVariant } from '../lab-checks.ts';

const SOLUTION = `import json
import math


def handle(event, context):
    # POST [{"sensor": "t1", "value": 20.5}, ...] -> {"t1": {"count", "min", "max", "mean"}, ...}
    try:
        readings = json.loads(event.body)
    except ValueError:
        readings = None
    if not isinstance(readings, list):
        return {"statusCode": 400, "body": {"error": 'Send a JSON array of {"sensor": "...", "value": number}'}}
    stats = {}
    for reading in readings:
        if not isinstance(reading, dict) or not isinstance(reading.get("sensor"), str):
            continue
        value = reading.get("value")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            continue
        s = stats.setdefault(reading["sensor"], {"count": 0, "min": value, "max": value, "sum": 0})
        s["count"] += 1
        s["min"] = min(s["min"], value)
        s["max"] = max(s["max"], value)
        s["sum"] += value
    result = {}
    for sensor, s in stats.items():
        result[sensor] = {"count": s["count"], "min": s["min"], "max": s["max"], "mean": round(s["sum"] / s["count"], 2)}
    return {"statusCode": 200, "body": result}
`;

/** Starter, solution and instructions in Python. */
export const sensorAggregationPython: LabPythonVariant = pythonVariant(SOLUTION, {
  es: [
    'FaaS para HPC según el curso: recoger datos de sensores IoT. La función recibe un array JSON de',
    'lecturas `{"sensor": "...", "value": número}` y responde, por sensor, `count`, `min`, `max` y `mean`',
    '(la media redondeada a dos decimales con `round(x, 2)`).',
    '',
    '- `json.loads(event.body)` da la lista; si no es una lista, responde `statusCode` 400.',
    '- Ignora las lecturas cuyo `value` no sea un número.',
    '- Devuelve el resultado como dict en `body`: se envía como JSON.',
  ].join('\n'),
  en: [
    "FaaS for HPC in the course's words: collecting IoT sensor data. The function gets a JSON array of",
    'readings `{"sensor": "...", "value": number}` and answers, per sensor, `count`, `min`, `max` and',
    '`mean` (the mean rounded to two decimals with `round(x, 2)`).',
    '',
    '- `json.loads(event.body)` gives the list; when it is not a list, answer `statusCode` 400.',
    '- Skip readings whose `value` is not a number.',
    '- Return the result as a dict `body`: it is sent as JSON.',
  ].join('\n'),
});
