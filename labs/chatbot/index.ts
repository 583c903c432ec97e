/** Lab 7, chatbot: one of the course's FaaS use cases, a keyword chatbot reply. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { labPackageJson } from '../lab-package-json.ts';
import { CHATBOT_SOLUTION, CHATBOT_STARTER } from './handlers.ts';

const TEXT = { 'content-type': 'text/plain' };

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
  files: { 'handler.js': CHATBOT_STARTER, 'package.json': labPackageJson('chatbot') },
  solution: { 'handler.js': CHATBOT_SOLUTION, 'package.json': labPackageJson('chatbot') },
  checks: [
    {
      id: 'greeting',
      title: { es: 'Saludo', en: 'Greeting' },
      request: { method: 'POST', path: '/', headers: TEXT, body: '¡Hola! ¿Qué tal?' },
      expect: { status: 200, json: { intent: 'greeting', reply: 'Hello! How can I help you?' } },
    },
    {
      id: 'hours',
      title: { es: 'Horario', en: 'Opening hours' },
      request: { method: 'POST', path: '/', headers: TEXT, body: 'When are you open?' },
      expect: {
        status: 200,
        json: { intent: 'hours', reply: 'We are open from 9:00 to 18:00, Monday to Friday.' },
      },
    },
    {
      id: 'price',
      title: { es: 'Precio', en: 'Price' },
      request: { method: 'POST', path: '/', headers: TEXT, body: '¿Cuánto cuesta el plan?' },
      expect: { status: 200, json: { intent: 'price', reply: 'The basic plan costs 10 EUR a month.' } },
    },
    {
      id: 'fallback',
      title: { es: 'Sin palabra clave', en: 'No keyword' },
      request: { method: 'POST', path: '/', headers: TEXT, body: 'Kubernetes' },
      expect: { status: 200, json: { intent: 'fallback', reply: 'Sorry, I did not understand.' } },
    },
  ],
  limits: labLimits(),
  env: {},
  examples: [
    {
      label: { es: 'Saludar', en: 'Say hello' },
      request: { method: 'POST', path: '/', headers: TEXT, body: 'hola' },
    },
  ],
};
