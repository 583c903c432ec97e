/** Lab 7, chatbot: one of the course's FaaS use cases, a keyword chatbot reply. */
import type { Lab } from '../lab-types.ts';
import { labLimits } from '../lab-limits.ts';
import { TEXT_PLAIN, check, example, labText, nodeLabFiles, post } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { CHATBOT_SOLUTION, CHATBOT_STARTER } from './handlers.ts';

/** The chatbot lab. */
export const chatbotLab: Lab = {
  id: 'chatbot',
  ...labText(text),
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
