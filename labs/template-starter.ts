/**
 * The handler `faas-cli new --lang node22` generates (openfaas/templates template/node22/function/
 * handler.js, described, not copied): it echoes the body back as JSON. Labs start from it.
 */
export const TEMPLATE_STARTER = `'use strict'

module.exports = async (event, context) => {
  const result = {
    'body': JSON.stringify(event.body),
    'content-type': event.headers['content-type']
  }

  return context
    .status(200)
    .succeed(result)
}
`;
