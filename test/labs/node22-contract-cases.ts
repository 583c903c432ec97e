/**
 * The node22 template's differences from a plain Express app (openfaas/templates template/node22/index.js,
 * commit 69ca16a, on express 5 and body-parser 2), each checked against the real template running
 * beside the contract suite (test/labs/node22-side-by-side.spec.ts). Browser-safe data only.
 */
import { post } from '../../labs/lab-checks.ts';
import { watchdogAnswer, type ContractCase } from './contract-case.ts';

/** The node22 cases of the contract suite. */
export const NODE22_CONTRACT_CASES: ContractCase[] = [
  {
    // addDefaultContentType: a request without Content-Type is given `text/plain`, visible to the handler.
    id: 'node22-no-content-type-is-text-plain',
    handler: `module.exports = async (event) => ({ ct: event.headers['content-type'], body: typeof event.body })`,
    steps: [
      {
        request: { method: 'GET', path: '/' },
        expect: { status: 200, json: { ct: 'text/plain', body: 'undefined' } },
      },
    ],
  },
  {
    // bodyParser.urlencoded({ extended: true }): qs, so brackets nest and repeated keys make arrays.
    id: 'node22-form-extended-nested',
    handler: `module.exports = async (event) => event.body`,
    steps: [
      {
        request: post(
          { 'content-type': 'application/x-www-form-urlencoded' },
          'a[b]=1&c[]=x&c[]=y&d=1&d=2&e[0][f]=g&__proto__[p]=1&h=%20i+j',
        ),
        expect: {
          status: 200,
          json: { a: { b: '1' }, c: ['x', 'y'], d: ['1', '2'], e: [{ f: 'g' }], h: ' i j' },
        },
      },
    ],
  },
  {
    // Without RAW_BODY only text/*, JSON and urlencoded parsers are installed: other types stay unread.
    id: 'node22-unparsed-type-body-undefined',
    handler: `module.exports = async (event) => ({ undefinedBody: event.body === undefined })`,
    steps: [
      {
        request: post({ 'content-type': 'application/octet-stream' }, 'bytes'),
        expect: { status: 200, json: { undefinedBody: true } },
      },
      {
        request: post({ 'content-type': 'image/png' }, 'png'),
        expect: { status: 200, json: { undefinedBody: true } },
      },
    ],
  },
  {
    // body-parser 2 reads JSON only in a UTF charset and forms only in utf-8 or iso-8859-1 (else 415).
    id: 'node22-unsupported-charset-415',
    handler: `module.exports = async (event) => event.body`,
    steps: [
      {
        request: post({ 'content-type': 'application/json; charset=latin1' }, '{"a":1}'),
        expect: { status: 415 },
      },
      {
        request: post({ 'content-type': 'application/x-www-form-urlencoded; charset=iso-8859-1' }, 'a=1'),
        expect: { status: 200, json: { a: '1' } },
      },
    ],
  },
  {
    // context.status('201'): Express 5's res.status throws in cb, again in the template's catch, the
    // rejection is unhandled and Node ends the process; of-watchdog answers 500 for the dropped
    // connection. The real Pod's container then restarts; FaaS Lab restarts the handler at once.
    id: 'node22-string-status-crashes-process',
    handler: `module.exports = async (event, context) => event.path === '/bad' ? context.status('201').succeed('made') : 'fine'`,
    steps: [
      {
        request: { method: 'GET', path: '/bad' },
        expect: {
          ...watchdogAnswer(500, 'crash'),
          body: '',
          logIncludes: 'Invalid status code: "201". Status code must be an integer.',
        },
      },
      { request: { method: 'GET', path: '/' }, expect: { status: 200, body: 'fine' } },
    ],
  },
];
