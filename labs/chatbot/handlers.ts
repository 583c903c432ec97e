/** The chatbot lab's handler files. */

/** The starter: always the fallback. */
export const CHATBOT_STARTER = `'use strict'

// POST text/plain with the user's message → {"intent": "...", "reply": "..."}
module.exports = async (event, context) => {
  return context.status(200).succeed({ intent: 'fallback', reply: 'Sorry, I did not understand.' })
}
`;

/** The solution. */
export const CHATBOT_SOLUTION = `'use strict'

const INTENTS = [
  { intent: 'greeting', words: ['hola', 'hello', 'hi', 'buenas'], reply: 'Hello! How can I help you?' },
  { intent: 'hours', words: ['horario', 'hours', 'open', 'abierto'], reply: 'We are open from 9:00 to 18:00, Monday to Friday.' },
  { intent: 'price', words: ['precio', 'price', 'cost', 'cuesta'], reply: 'The basic plan costs 10 EUR a month.' },
]
const FALLBACK = { intent: 'fallback', reply: 'Sorry, I did not understand.' }

module.exports = async (event, context) => {
  const words = String(event.body || '').toLowerCase().split(/[^a-záéíóúñü0-9]+/)
  const match = INTENTS.find((i) => i.words.some((w) => words.includes(w))) || FALLBACK
  return context.status(200).headers({ 'content-type': 'application/json' }).succeed({ intent: match.intent, reply: match.reply })
}
`;
