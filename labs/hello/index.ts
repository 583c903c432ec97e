/** Lab 1, hello: the course's first function, `curl -d "it's john here"` → `Hello! You said: it's john here`. */
import type { Lab } from '../lab-types.ts';
import { FORM, TEXT_PLAIN, check, example, nodeLab, post } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { HELLO_SOLUTION, HELLO_STARTER } from './handlers.ts';
import { helloPython } from './python.ts';

// curl -d sends application/x-www-form-urlencoded, which the Node template would parse into an object:
// RAW_BODY=true keeps the text (openfaas/templates template/node22/index.js).
const COURSE_CURL = post(FORM, "it's john here");

/** The hello lab. */
export const helloLab: Lab = nodeLab({
  id: 'hello',
  text,
  starter: HELLO_STARTER,
  solution: HELLO_SOLUTION,
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
  env: { RAW_BODY: 'true' },
  examples: [example({ es: 'curl -d del curso', en: "The course's curl -d" }, COURSE_CURL)],
  python: helloPython,
});
