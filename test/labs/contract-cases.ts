/**
 * The one contract suite: the same cases run against every FunctionRuntime (Node in Node, the
 * Sandbox in Chromium, the WebContainer runtime through its fake). Browser-safe data only.
 * Expected values follow /work/shared/specs/openfaas.md (node22 template + of-watchdog http mode).
 */
import {
  logCase,
  maxInflightCase,
  memoryBlowUpCase,
  syntaxErrorCase,
  timedOutThenAlive,
  watchdogAnswer,
  type ContractCase,
} from './contract-case.ts';
import { NODE22_CONTRACT_CASES } from './node22-contract-cases.ts';

const echo = `module.exports = async (event, context) => {
  return context.status(200).succeed({ type: typeof event.body, body: event.body, method: event.method, path: event.path, query: event.query, custom: event.headers['x-custom'] })
}`;
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Every case. */
export const CONTRACT_CASES: ContractCase[] = [
  {
    id: 'json-body-parsed',
    handler: echo,
    steps: [
      {
        request: { method: 'POST', path: '/', headers: JSON_HEADERS, body: '{"a":1}' },
        // An object is sent with res.send(JSON.stringify(…)): Express labels it text/html.
        expect: {
          status: 200,
          json: { type: 'object', body: { a: 1 }, method: 'POST', path: '/', query: {} },
          headers: { 'content-type': 'text/html; charset=utf-8' },
        },
      },
    ],
  },
  {
    id: 'text-body-and-default-type',
    handler: echo,
    steps: [
      {
        request: { method: 'POST', path: '/', headers: { 'content-type': 'text/plain' }, body: 'hola' },
        expect: { status: 200, json: { type: 'string', body: 'hola', method: 'POST', path: '/', query: {} } },
      },
      {
        request: { method: 'POST', path: '/', body: 'sin tipo' },
        expect: {
          status: 200,
          json: { type: 'string', body: 'sin tipo', method: 'POST', path: '/', query: {} },
        },
      },
    ],
  },
  {
    id: 'form-body-parsed',
    handler: echo,
    steps: [
      {
        request: {
          method: 'POST',
          path: '/',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: "it's john here",
        },
        expect: {
          status: 200,
          json: { type: 'object', body: { "it's john here": '' }, method: 'POST', path: '/', query: {} },
        },
      },
    ],
  },
  {
    id: 'event-method-path-query-headers',
    handler: echo,
    steps: [
      {
        request: { method: 'GET', path: '/items/7?x=1&x=2&y=a%20b', headers: { 'X-Custom': 'v' } },
        expect: {
          status: 200,
          json: {
            type: 'undefined',
            method: 'GET',
            path: '/items/7',
            query: { x: ['1', '2'], y: 'a b' },
            custom: 'v',
          },
        },
      },
    ],
  },
  {
    id: 'headers-as-node-shows-them',
    handler: `module.exports = async (event) => ({ host: typeof event.headers.host, length: event.headers['content-length'], custom: event.headers['x-mixed-case'] })`,
    steps: [
      {
        request: {
          method: 'POST',
          path: '/',
          headers: { 'Content-Type': 'text/plain', 'X-Mixed-Case': 'Yes' },
          body: 'año',
        },
        expect: { status: 200, json: { host: 'string', length: '4', custom: 'Yes' } },
      },
    ],
  },
  {
    id: 'raw-body',
    handler: `module.exports = async (event, context) => context.succeed((event.body instanceof Uint8Array) + ' ' + event.body.length + ' ' + event.body)`,
    env: { RAW_BODY: 'true' },
    steps: [
      {
        request: { method: 'POST', path: '/', headers: JSON_HEADERS, body: '{"ñ":1}' },
        expect: { status: 200, body: 'true 8 {"ñ":1}' },
      },
    ],
  },
  {
    id: 'status-and-headers',
    handler: `module.exports = async (event, context) => context.status(201).headers({ 'Content-Type': 'application/json', 'X-Test': 'yes' }).succeed({ ok: true, s: context.status() })`,
    steps: [
      {
        request: { method: 'POST', path: '/' },
        expect: {
          status: 201,
          json: { ok: true, s: 201 },
          headers: { 'content-type': 'application/json; charset=utf-8', 'x-test': 'yes' },
        },
      },
    ],
  },
  {
    id: 'return-value-without-succeed',
    handler: `module.exports = async (event) => event.path === '/n' ? 42 : event.path === '/s' ? 'texto' : event.path === '/u' ? undefined : [1, 2]`,
    steps: [
      { request: { method: 'GET', path: '/' }, expect: { status: 200, body: '[1,2]' } },
      {
        request: { method: 'GET', path: '/n' },
        expect: { status: 200, body: '42', headers: { 'content-type': 'application/json; charset=utf-8' } },
      },
      {
        request: { method: 'GET', path: '/s' },
        expect: { status: 200, body: 'texto', headers: { 'content-type': 'text/html; charset=utf-8' } },
      },
      { request: { method: 'GET', path: '/u' }, expect: { status: 200, body: '' } },
    ],
  },
  {
    id: 'thrown-error-keeps-200',
    handler: `module.exports = async (event, context) => { if (event.path === '/tea') context.status(418); throw new Error('boom') }`,
    steps: [
      {
        request: { method: 'GET', path: '/' },
        expect: { status: 200, body: 'Error: boom', logIncludes: 'context.fail' },
      },
      { request: { method: 'GET', path: '/tea' }, expect: { status: 418, body: 'Error: boom' } },
    ],
  },
  {
    id: 'rejected-promise-keeps-200',
    handler: `module.exports = (event, context) => Promise.reject(new TypeError('bad'))`,
    steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200, body: 'TypeError: bad' } }],
  },
  {
    id: 'fail-gives-500',
    handler: `module.exports = async (event, context) => { if (event.path === '/400') return context.status(400).fail('missing text'); return context.fail(new Error('nope')) }`,
    steps: [
      { request: { method: 'GET', path: '/' }, expect: { status: 500, body: 'Error: nope' } },
      { request: { method: 'GET', path: '/400' }, expect: { status: 400, body: 'missing text' } },
    ],
  },
  {
    id: 'sync-throw-is-express-500',
    handler: `module.exports = function (event, context) { throw new Error('sync') }`,
    steps: [
      {
        request: { method: 'GET', path: '/' },
        expect: { status: 500, bodyIncludes: 'Internal Server Error' },
      },
    ],
  },
  {
    id: 'bad-json-400',
    handler: echo,
    steps: [
      {
        request: { method: 'POST', path: '/', headers: JSON_HEADERS, body: '{"a":' },
        expect: { status: 400, bodyIncludes: 'Bad Request' },
      },
      {
        request: { method: 'POST', path: '/', headers: JSON_HEADERS, body: '"just a string"' },
        expect: { status: 400 },
      },
    ],
  },
  {
    id: 'body-over-limit-413',
    handler: echo,
    limits: { maxBodyBytes: 1024 },
    steps: [
      {
        request: {
          method: 'POST',
          path: '/',
          headers: JSON_HEADERS,
          body: JSON.stringify({ t: 'x'.repeat(2000) }),
        },
        expect: { status: 413, limit: 'body-too-large' },
      },
      {
        request: { method: 'POST', path: '/', headers: JSON_HEADERS, body: '{"a":2}' },
        expect: { status: 200 },
      },
    ],
  },
  {
    // of-watchdog http mode cancels the proxied request at exec_timeout and never restarts the process
    // (openfaas/of-watchdog executor/http_runner.go): a `while (true)` keeps Node's only thread, so the
    // next request is never read and times out too, until the Pod is restarted.
    id: 'exec-timeout-blocked-504-until-restart',
    handler: `module.exports = async (event, context) => { if (event.path === '/loop') { while (true) {} } return 'alive' }`,
    limits: { execTimeoutMs: 500 },
    steps: [
      { request: { method: 'GET', path: '/loop' }, expect: watchdogAnswer(504, 'exec-timeout') },
      {
        request: { method: 'GET', path: '/' },
        expect: { ...watchdogAnswer(504, 'exec-timeout'), logIncludes: 'restart the Pod' },
      },
      // The probes are the watchdog's own: they do not notice (pkg/watchdog.go).
      { request: { method: 'GET', path: '/_/health' }, expect: { status: 200, body: 'OK' } },
      { restart: true },
      { request: { method: 'GET', path: '/' }, expect: { status: 200, body: 'alive' } },
    ],
  },
  {
    // A slow async handler leaves the event loop free: it gets 504, and the next request is served.
    id: 'exec-timeout-slow-async-then-served',
    handler: `module.exports = async (event) => { if (event.path === '/slow') await new Promise((r) => setTimeout(r, 1500)); return 'alive' }`,
    limits: { execTimeoutMs: 500 },
    steps: timedOutThenAlive('/slow'),
  },
  {
    // FAASLAB_RESTART_ON_HANG=true: FaaS Lab replaces the blocked process at once, as a liveness probe
    // that reaches the handler would; the next request is served.
    id: 'exec-timeout-restart-on-hang-opt-in',
    handler: `module.exports = async (event, context) => { if (event.path === '/loop') { while (true) {} } return 'alive' }`,
    limits: { execTimeoutMs: 500 },
    env: { FAASLAB_RESTART_ON_HANG: 'true' },
    steps: [
      { request: { method: 'GET', path: '/loop' }, expect: { status: 504, limit: 'exec-timeout' } },
      { request: { method: 'GET', path: '/' }, expect: { status: 200, body: 'alive' } },
    ],
  },
  {
    id: 'write-timeout-closes',
    handler: `module.exports = async () => { await new Promise((r) => setTimeout(r, 1200)); return 'late' }`,
    limits: { writeTimeoutMs: 400, execTimeoutMs: 3_000 },
    steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 502, limit: 'write-timeout' } }],
  },
  {
    id: 'async-timers',
    handler: `module.exports = async (event, context) => { await new Promise((r) => setTimeout(r, 30)); return 'waited' }`,
    steps: [{ request: { method: 'GET', path: '/' }, expect: { status: 200, body: 'waited' } }],
  },
  maxInflightCase(
    `module.exports = async () => { await new Promise((r) => setTimeout(r, 400)); return 'done' }`,
  ),
  memoryBlowUpCase(
    `module.exports = async (event) => { if (event.path === '/grow') { const all = []; while (true) all.push({ n: all.length, s: 'item ' + all.length }) } return 'fine' }`,
    // Generous timeouts: nearing its heap limit V8 collects garbage for seconds on a loaded machine.
    { memoryMb: 16, execTimeoutMs: 15_000, writeTimeoutMs: 20_000 },
  ),
  logCase(
    'console-log-reaches-logs',
    `module.exports = async () => { console.log('registro', 42); return 'ok' }`,
    'registro 42',
  ),
  {
    id: 'health-endpoint',
    handler: echo,
    steps: [
      { request: { method: 'GET', path: '/_/health' }, expect: { status: 200, body: 'OK' } },
      // of-watchdog pkg/readiness.go: GET answers a bare status (empty body); other methods 405.
      { request: { method: 'GET', path: '/_/ready' }, expect: { status: 200, body: '' } },
      { request: { method: 'POST', path: '/_/ready', body: 'x' }, expect: { status: 405, body: '' } },
      { request: { method: 'POST', path: '/_/health', body: 'x' }, expect: { status: 405 } },
    ],
  },
  ...NODE22_CONTRACT_CASES,
  syntaxErrorCase(
    `module.exports = async (event, context) => {\n  const x = 1\n  return context.succeed(x +)\n}`,
  ),
];
