/** The banner lab in Python: the figlet-like function, with the font inside the handler. */
import type { LabPythonVariant } from '../lab-types.ts';
import { pythonVariant } from '../lab-checks.ts';
import { BLOCK_FONT } from './block-font.ts';

// JSON of a dict of lists of strings is also a Python literal.
const FONT_SOURCE = `FONT = ${JSON.stringify(BLOCK_FONT)}`;

const STARTER = `# A 3x5 block font: '#' is ink, '.' is paper.
${FONT_SOURCE}


def handle(event, context):
    text = event.body.decode("utf-8")
    # TODO (lab): draw text with FONT, five rows, one column between letters.
    return {"statusCode": 200, "body": text}
`;

const SOLUTION = `# A 3x5 block font: '#' is ink, '.' is paper.
${FONT_SOURCE}

PLAIN = {"Content-Type": "text/plain"}


def handle(event, context):
    text = event.body.decode("utf-8").strip()
    if text == "":
        return {"statusCode": 400, "body": "Send some text to draw.\\n", "headers": PLAIN}
    glyphs = [FONT.get(c, FONT["?"]) for c in text.upper()]
    art = ""
    for row in range(5):
        line = ".".join(glyph[row] for glyph in glyphs).replace(".", " ")
        art += line.rstrip() + "\\n"
    return {"statusCode": 200, "body": art, "headers": PLAIN}
`;

/** Starter, solution and instructions in Python. */
export const bannerPython: LabPythonVariant = pythonVariant(
  SOLUTION,
  {
    es: [
      'El curso despliega `figlet` desde la tienda de OpenFaaS. Aquí escribes tu propia versión en Python',
      'con la fuente de bloques de 3×5 que ya trae `handler.py` (`FONT`: `#` es tinta, `.` es papel).',
      '',
      '- Decodifica `event.body` y pásalo a mayúsculas; un carácter sin dibujo usa `FONT["?"]`.',
      '- Cinco filas: las letras de cada fila unidas por una columna vacía, `#` como tinta y espacios',
      '  como papel, sin espacios al final, y un salto de línea tras cada fila.',
      '- Un cuerpo vacío responde `statusCode` 400.',
    ].join('\n'),
    en: [
      'The course deploys `figlet` from the OpenFaaS store. Here you write your own version in Python',
      'with the 3×5 block font `handler.py` already holds (`FONT`: `#` is ink, `.` is paper).',
      '',
      '- Decode `event.body` and upper-case it; a character with no drawing uses `FONT["?"]`.',
      '- Five rows: each row of the letters joined by one empty column, `#` as ink and spaces as paper,',
      '  no trailing spaces, and a newline after each row.',
      '- An empty body answers `statusCode` 400.',
    ].join('\n'),
  },
  STARTER,
);
