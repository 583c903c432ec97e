/** The slow-stream lab's handler files. */

/** The starter: counts, but without waiting. */
export const SLOW_STREAM_STARTER = `'use strict'

// GET /?count=5&delay=200 should answer "1\\n2\\n3\\n4\\n5\\n", waiting delay ms before each number.
module.exports = async (event, context) => {
  const count = Number(event.query.count || 5)
  let out = ''
  for (let i = 1; i <= count; i++) {
    out += i + '\\n'
  }
  return context.status(200).headers({ 'content-type': 'text/plain' }).succeed(out)
}
`;

/** The solution. */
export const SLOW_STREAM_SOLUTION = `'use strict'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

module.exports = async (event, context) => {
  const count = Number(event.query.count || 5)
  const delay = Number(event.query.delay || 200)
  let out = ''
  for (let i = 1; i <= count; i++) {
    await sleep(delay)
    out += i + '\\n'
    console.log('counted ' + i)
  }
  return context.status(200).headers({ 'content-type': 'text/plain' }).succeed(out)
}
`;
