/** Lab 7, chatbot: one of the course's FaaS use cases, a keyword chatbot reply. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { TEXT_PLAIN, check, example, nodeLabFiles, post } from '../lab-checks.ts';
import { CHATBOT_SOLUTION, CHATBOT_STARTER } from './handlers.ts';

/** The chatbot lab. */
export const chatbotLab: Lab = {
  id: 'chatbot',
  title: { es: 'Respuesta de chatbot', en: 'Chatbot reply' },
  summary: {
    es: 'Un caso de uso del curso: clasificar un mensaje y contestar.',
    en: 'A use case from the course: classify a message and reply.',
  },
  instructions: {
    es: [
      'Los chatbots son uno de los casos de uso de FaaS del curso: cada mensaje dispara una función.',
      'Con `POST` y un cuerpo `text/plain`, responde JSON `{"intent", "reply"}` según la primera palabra clave',
      'que aparezca: `greeting` (hola, hello, hi, buenas), `hours` (horario, hours, open, abierto),',
      '`price` (precio, price, cost, cuesta); si no hay ninguna, `fallback`. Las respuestas exactas están',
      'en la solución de referencia: `Hello! How can I help you?`, `We are open from 9:00 to 18:00, Monday to',
      'Friday.`, `The basic plan costs 10 EUR a month.` y `Sorry, I did not understand.`',
    ].join('\n'),
    en: [
      "Chatbots are one of the course's FaaS use cases: every message triggers a function.",
      'With `POST` and a `text/plain` body, answer JSON `{"intent", "reply"}` for the first keyword found:',
      '`greeting` (hola, hello, hi, buenas), `hours` (horario, hours, open, abierto), `price` (precio, price,',
      'cost, cuesta); when none is found, `fallback`. The exact replies: `Hello! How can I help you?`,',
      '`We are open from 9:00 to 18:00, Monday to Friday.`, `The basic plan costs 10 EUR a month.` and',
      '`Sorry, I did not understand.`',
    ].join('\n'),
  },
  ...nodeLabFiles('chatbot', CHATBOT_STARTER, CHATBOT_SOLUTION),
  checks: [
    check('greeting', { es: 'Saludo', en: 'Greeting' }, post(TEXT_PLAIN, '¡Hola! ¿Qué tal?'), {
      status: 200,
      json: { intent: 'greeting', reply: 'Hello! How can I help you?' },
    }),
    check('hours', { es: 'Horario', en: 'Opening hours' }, post(TEXT_PLAIN, 'When are you open?'), {
      status: 200,
      json: { intent: 'hours', reply: 'We are open from 9:00 to 18:00, Monday to Friday.' },
    }),
    check('price', { es: 'Precio', en: 'Price' }, post(TEXT_PLAIN, '¿Cuánto cuesta el plan?'), {
      status: 200,
      json: { intent: 'price', reply: 'The basic plan costs 10 EUR a month.' },
    }),
    check('fallback', { es: 'Sin palabra clave', en: 'No keyword' }, post(TEXT_PLAIN, 'Kubernetes'), {
      status: 200,
      json: { intent: 'fallback', reply: 'Sorry, I did not understand.' },
    }),
  ],
  limits: labLimits(),
  env: {},
  examples: [example({ es: 'Saludar', en: 'Say hello' }, post(TEXT_PLAIN, 'hola'))],
};
