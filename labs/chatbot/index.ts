/** Lab 7, chatbot: one of the course's FaaS use cases, a keyword chatbot reply. */
import type { Bilingual } from '../../core/index.ts';
import type { Lab } from '../lab-types.ts';
import { TEXT_PLAIN, check, example, nodeLab, post } from '../lab-checks.ts';
import text from './text.json' with { type: 'json' };
import { CHATBOT_SOLUTION, CHATBOT_STARTER } from './handlers.ts';

/** One check per intent: its title, the message sent and the reply the solution must give. */
const CONVERSATION: [intent: string, title: Bilingual, message: string, reply: string][] = [
  ['greeting', { es: 'Saludo', en: 'Greeting' }, '¡Hola! ¿Qué tal?', 'Hello! How can I help you?'],
  [
    'hours',
    { es: 'Horario', en: 'Opening hours' },
    'When are you open?',
    'We are open from 9:00 to 18:00, Monday to Friday.',
  ],
  ['price', { es: 'Precio', en: 'Price' }, '¿Cuánto cuesta el plan?', 'The basic plan costs 10 EUR a month.'],
  ['fallback', { es: 'Sin palabra clave', en: 'No keyword' }, 'Kubernetes', 'Sorry, I did not understand.'],
];

/** The chatbot lab. */
export const chatbotLab: Lab = nodeLab({
  id: 'chatbot',
  text,
  starter: CHATBOT_STARTER,
  solution: CHATBOT_SOLUTION,
  checks: CONVERSATION.map(([intent, title, message, reply]) =>
    check(intent, title, post(TEXT_PLAIN, message), { status: 200, json: { intent, reply } }),
  ),
  examples: [example({ es: 'Saludar', en: 'Say hello' }, post(TEXT_PLAIN, 'hola'))],
});
