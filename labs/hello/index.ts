/** Lab 1, hello: the course's first function, `curl -d "it's john here"` → `Hello! You said: it's john here`. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { FORM, TEXT_PLAIN, check, example, nodeLabFiles, post } from '../lab-checks.ts';
import { HELLO_SOLUTION, HELLO_STARTER } from './handlers.ts';
import { helloPython } from './python.ts';

// curl -d sends application/x-www-form-urlencoded, which the Node template would parse into an object:
// RAW_BODY=true keeps the text (openfaas/templates template/node22/index.js).
const COURSE_CURL = post(FORM, "it's john here");

/** The hello lab. */
export const helloLab: Lab = {
  id: 'hello',
  title: { es: 'Hola, función', en: 'Hello, function' },
  summary: {
    es: 'Tu primera función: responde con el texto que recibe.',
    en: 'Your first function: it answers with the text it receives.',
  },
  instructions: {
    es: [
      'El curso invoca su primera función así:',
      '',
      '```sh',
      'curl http://127.0.0.1:8080/function/hello -d "it\'s john here"',
      '```',
      '',
      "y espera la respuesta `Hello! You said: it's john here`.",
      '',
      'El laboratorio fija `RAW_BODY=true`, así que `event.body` es el cuerpo tal cual llegó (un Buffer),',
      'aunque `curl -d` lo envíe como formulario. Cambia el handler para que responda',
      '`Hello! You said: ` seguido del cuerpo, con estado 200.',
    ].join('\n'),
    en: [
      'The course invokes its first function like this:',
      '',
      '```sh',
      'curl http://127.0.0.1:8080/function/hello -d "it\'s john here"',
      '```',
      '',
      "and expects the answer `Hello! You said: it's john here`.",
      '',
      'The lab sets `RAW_BODY=true`, so `event.body` is the body exactly as it arrived (a Buffer), even',
      'though `curl -d` sends it as a form. Change the handler so it answers `Hello! You said: `',
      'followed by the body, with status 200.',
    ].join('\n'),
  },
  ...nodeLabFiles('hello', HELLO_STARTER, HELLO_SOLUTION),
  checks: [
    check('course-example', { es: 'El ejemplo del curso', en: 'The course example' }, COURSE_CURL, {
      status: 200,
      body: "Hello! You said: it's john here",
    }),
    check(
      'plain-text',
      { es: 'Texto con acentos', en: 'Text with accents' },
      post(TEXT_PLAIN, 'árbol y ñandú'),
      {
        status: 200,
        body: 'Hello! You said: árbol y ñandú',
      },
    ),
  ],
  limits: labLimits(),
  env: { RAW_BODY: 'true' },
  examples: [example({ es: 'curl -d del curso', en: "The course's curl -d" }, COURSE_CURL)],
  python: helloPython,
};
