/** The hello lab in Python: the course's first function on the python3-http template. */
import type { LabPythonVariant } from '../lab-types.ts';
import { pythonVariant } from '../lab-checks.ts';

const SOLUTION = `def handle(event, context):
    # event.body is the raw request body (bytes), whatever its content type: decode it to text.
    return {
        "statusCode": 200,
        "body": "Hello! You said: " + event.body.decode("utf-8")
    }
`;

/** Starter, solution and instructions in Python. */
export const helloPython: LabPythonVariant = pythonVariant(SOLUTION, {
  es: [
    'El curso crea su primera función con `faas-cli new --lang python3` y la invoca así:',
    '',
    '```sh',
    'curl http://127.0.0.1:8080/function/hello -d "it\'s john here"',
    '```',
    '',
    "esperando la respuesta `Hello! You said: it's john here`.",
    '',
    'Aquí usas la plantilla actual, `python3-http`: `handle(event, context)` recibe `event.body` como',
    '`bytes` (tal cual llegó, aunque `curl -d` lo envíe como formulario) y devuelve un dict con',
    "`statusCode`, `body` y, si quieres, `headers`. Cuidado: `str(event.body)` da `b'...'`;",
    'decodifícalo con `event.body.decode("utf-8")`.',
  ].join('\n'),
  en: [
    'The course creates its first function with `faas-cli new --lang python3` and invokes it like this:',
    '',
    '```sh',
    'curl http://127.0.0.1:8080/function/hello -d "it\'s john here"',
    '```',
    '',
    "expecting the answer `Hello! You said: it's john here`.",
    '',
    'Here you use the current template, `python3-http`: `handle(event, context)` gets `event.body` as',
    '`bytes` (exactly as it arrived, even though `curl -d` sends a form) and returns a dict with',
    "`statusCode`, `body` and, if you like, `headers`. Careful: `str(event.body)` gives `b'...'`;",
    'decode it with `event.body.decode("utf-8")`.',
  ].join('\n'),
});
