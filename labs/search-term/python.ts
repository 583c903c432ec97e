/** The search-term lab in Python: the book's term search over a supplied text (labs have no network). */
import type { LabPythonVariant } from '../lab-types.ts';
import { pythonVariant } from '../lab-checks.ts';

const SOLUTION = `import json


def handle(event, context):
    # POST {"text": "...", "term": "..."} -> {"found": true|false}, ignoring upper/lower case.
    try:
        data = json.loads(event.body or b"{}")
    except ValueError:
        data = None
    if not isinstance(data, dict):
        data = {}
    text, term = data.get("text"), data.get("term")
    if not isinstance(text, str) or not isinstance(term, str) or term == "":
        return {"statusCode": 400, "body": {"error": 'Send JSON like {"text": "...", "term": "..."}'}}
    # A dict body is sent as JSON (application/json).
    return {"statusCode": 200, "body": {"found": term.lower() in text.lower()}}
`;

/** Starter, solution and instructions in Python. */
export const searchTermPython: LabPythonVariant = pythonVariant(SOLUTION, {
  es: [
    'En el libro, la función recibe `{"url": ..., "term": ...}`, descarga la página y dice si el término',
    'aparece. Los laboratorios no tienen red, así que aquí recibe el texto: `{"text": ..., "term": ...}`.',
    '',
    '- `event.body` son `bytes`: conviértelos con `json.loads(event.body)`.',
    '- Responde `{"found": true}` o `{"found": false}` sin distinguir mayúsculas: un dict en `body` se',
    '  envía como JSON.',
    '- Si falta `term` (o no es texto), responde con `statusCode` 400.',
  ].join('\n'),
  en: [
    'In the book the function gets `{"url": ..., "term": ...}`, downloads the page and says whether the',
    'term appears. Labs have no network, so here it gets the text: `{"text": ..., "term": ...}`.',
    '',
    '- `event.body` is `bytes`: turn it into data with `json.loads(event.body)`.',
    '- Answer `{"found": true}` or `{"found": false}` ignoring case: a dict `body` is sent as JSON.',
    '- When `term` is missing (or not text), answer with `statusCode` 400.',
  ].join('\n'),
});
