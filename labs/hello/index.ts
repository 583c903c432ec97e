/** Lab 1, hello: the course's first function, `curl -d "it's john here"` → `Hello! You said: it's john here`. */
import type { Lab } from '../lab-types.ts';
import { labPackageJson } from '../lab-package-json.ts';
import { labLimits } from '../lab-limits.ts';
import { HELLO_SOLUTION, HELLO_STARTER } from './handlers.ts';
import { helloPython } from './python.ts';

// curl -d sends application/x-www-form-urlencoded, which the Node template would parse into an object:
// RAW_BODY=true keeps the text (openfaas/templates template/node22/index.js).
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

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
  files: { 'handler.js': HELLO_STARTER, 'package.json': labPackageJson('hello') },
  solution: { 'handler.js': HELLO_SOLUTION, 'package.json': labPackageJson('hello') },
  checks: [
    {
      id: 'course-example',
      title: { es: 'El ejemplo del curso', en: 'The course example' },
      request: { method: 'POST', path: '/', headers: FORM, body: "it's john here" },
      expect: { status: 200, body: "Hello! You said: it's john here" },
    },
    {
      id: 'plain-text',
      title: { es: 'Texto con acentos', en: 'Text with accents' },
      request: {
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'text/plain' },
        body: 'árbol y ñandú',
      },
      expect: { status: 200, body: 'Hello! You said: árbol y ñandú' },
    },
  ],
  limits: labLimits(),
  env: { RAW_BODY: 'true' },
  examples: [
    {
      label: { es: 'curl -d del curso', en: "The course's curl -d" },
      request: { method: 'POST', path: '/', headers: FORM, body: "it's john here" },
    },
  ],
  python: helloPython,
};
