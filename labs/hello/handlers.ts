/** The hello lab's handler files. */
import { TEMPLATE_STARTER } from '../template-starter.ts';

/** The starter: the template's echo. */
export const HELLO_STARTER = TEMPLATE_STARTER;

/** The solution: the course's first function. */
export const HELLO_SOLUTION = `'use strict'

// RAW_BODY=true: event.body is the raw request body (a Buffer), whatever its content type.
module.exports = async (event, context) => {
  return context
    .status(200)
    .headers({ 'content-type': 'text/plain' })
    .succeed('Hello! You said: ' + event.body)
}
`;
