/**
 * The contract suite of Python functions: the same case structure as contract-cases.ts, run against
 * every Python runtime (python3 on the command line, Pyodide in Chromium). Browser-safe data only.
 * Expected values are the python3-http template's (openfaas/python-flask-template template/python3-http,
 * index.py, commit e01a882) as Flask 3.1 answers them — observed by running the real index.py under
 * Flask's test client — behind of-watchdog in http mode; see labs/runtime/contract/python3-http.md.
 */
import {
  CONTRACT_LIMITS,
  logCase,
  maxInflightCase,
  memoryBlowUpCase,
  syntaxErrorCase,
  timedOutThenAlive,
  type ContractCase,
} from './contract-case.ts';

export { CONTRACT_LIMITS };

const py = (cases: Omit<ContractCase, 'file'>[]): ContractCase[] =>
  cases.map((c) => ({ ...c, file: 'handler.py' }));

const echo = `def handle(event, context):
    return {
        "statusCode": 200,
        "body": {
            "body": event.body.decode(),
            "type": type(event.body).__name__,
            "method": event.method,
            "path": event.path,
            "query": dict(event.query),
            "all": event.query.getlist("x"),
            "custom": event.headers.get("x-custom"),
            "host": context.hostname,
        },
    }
`;

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const FLASK_500 =
  '<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n' +
  '<p>The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.</p>\n';

/** Every Python case. */
export const PYTHON_CONTRACT_CASES: ContractCase[] = py([
  {
    id: 'event-fields-and-json-body',
    handler: echo,
    steps: [
      {
        // curl -d sends a form: index.py reads request.get_data(), so the body stays raw bytes.
        request: {
          method: 'POST',
          path: '/a%20b?x=1&x=2&y=',
          headers: { ...FORM, 'X-Custom': 'v' },
          body: "it's john here",
        },
        expect: {
          status: 200,
          // jsonify: keys sorted, compact, ASCII-only, a final newline; application/json.
          body: '{"all":["1","2"],"body":"it\'s john here","custom":"v","host":"localhost","method":"POST","path":"/a b","query":{"x":"1","y":""},"type":"bytes"}\n',
          headers: { 'content-type': 'application/json' },
        },
      },
    ],
  },
  {
    id: 'str-of-bytes-body',
    handler: `def handle(event, context):\n    return {"body": event.body}\n`,
    steps: [
      {
        request: { method: 'POST', path: '/', headers: { 'content-type': 'text/plain' }, body: 'hi' },
        // format_body calls str() on anything that is not a dict: bytes print as b'...'.
        expect: { status: 200, body: "b'hi'", headers: { 'content-type': 'text/html; charset=utf-8' } },
      },
    ],
  },
  {
    id: 'missing-keys-and-none',
    handler: `def handle(event, context):\n    if event.path == "/none":\n        return None\n    return {}\n`,
    steps: [
      { request: { method: 'GET', path: '/' }, expect: { status: 200, body: '' } },
      { request: { method: 'GET', path: '/none' }, expect: { status: 200, body: '' } },
    ],
  },
  {
    id: 'status-headers-and-other-bodies',
    handler: `def handle(event, context):
    if event.path == "/num":
        return {"statusCode": 202, "body": 5, "headers": {"Content-Type": "text/plain", "X-N": 7}}
    if event.path == "/json-as-text":
        return {"body": {"b": 1, "a": "ñ"}, "headers": {"Content-Type": "text/plain"}}
    if event.path == "/list":
        return {"body": [1, 2]}
    return {"statusCode": 201, "body": "made", "headers": [("X-B", "2")]}
`,
    steps: [
      {
        request: { method: 'GET', path: '/num' },
        expect: { status: 202, body: '5', headers: { 'content-type': 'text/plain', 'x-n': '7' } },
      },
      {
        request: { method: 'GET', path: '/json-as-text' },
        expect: { status: 200, body: '{"a":"\\u00f1","b":1}\n', headers: { 'content-type': 'text/plain' } },
      },
      // Only a dict body becomes JSON; a list is str()'d.
      { request: { method: 'GET', path: '/list' }, expect: { status: 200, body: '[1, 2]' } },
      {
        request: { method: 'GET', path: '/' },
        expect: { status: 201, body: 'made', headers: { 'x-b': '2' } },
      },
    ],
  },
  {
    id: 'flask-return-values',
    handler: `def handle(event, context):
    if event.path == "/str":
        return "hi"
    if event.path == "/tuple":
        return ("made", 201, {"X-A": "1"})
    if event.path == "/list":
        return [1, 2]
    return 5
`,
    steps: [
      {
        request: { method: 'GET', path: '/str' },
        expect: { status: 200, body: 'hi', headers: { 'content-type': 'text/html; charset=utf-8' } },
      },
      {
        request: { method: 'GET', path: '/tuple' },
        expect: { status: 201, body: 'made', headers: { 'x-a': '1' } },
      },
      {
        request: { method: 'GET', path: '/list' },
        expect: { status: 200, body: '[1,2]\n', headers: { 'content-type': 'application/json' } },
      },
      // An int is not a valid Flask response: TypeError → 500.
      { request: { method: 'GET', path: '/' }, expect: { status: 500, body: FLASK_500 } },
    ],
  },
  {
    id: 'raised-exception-is-flask-500',
    handler: `def handle(event, context):\n    raise ValueError("boom")\n`,
    steps: [
      {
        request: { method: 'POST', path: '/x', body: 'a' },
        expect: {
          status: 500,
          body: FLASK_500,
          headers: { 'content-type': 'text/html; charset=utf-8' },
          logIncludes: 'ERROR in app: Exception on /x [POST]',
        },
      },
      { request: { method: 'GET', path: '/' }, expect: { status: 500, logIncludes: 'ValueError: boom' } },
    ],
  },
  {
    id: 'missing-query-key-is-400',
    handler: `def handle(event, context):\n    return event.query["name"]\n`,
    steps: [
      { request: { method: 'GET', path: '/?name=ana' }, expect: { status: 200, body: 'ana' } },
      {
        request: { method: 'GET', path: '/' },
        expect: { status: 400, bodyIncludes: '<h1>Bad Request</h1>' },
      },
    ],
  },
  {
    id: 'routed-methods',
    handler: `def handle(event, context):\n    return event.method\n`,
    steps: [
      { request: { method: 'PATCH', path: '/' }, expect: { status: 200, body: 'PATCH' } },
      {
        request: { method: 'OPTIONS', path: '/' },
        expect: { status: 200, body: '', headers: { allow: 'PUT, OPTIONS, DELETE, GET, HEAD, PATCH, POST' } },
      },
      { request: { method: 'PROPFIND', path: '/' }, expect: { status: 405 } },
    ],
  },
  {
    id: 'exec-timeout-504-then-served',
    handler: `def handle(event, context):\n    if event.path == "/loop":\n        while True:\n            pass\n    return "alive"\n`,
    limits: { execTimeoutMs: 500 },
    steps: timedOutThenAlive('/loop'),
  },
  maxInflightCase(`import time\n\ndef handle(event, context):\n    time.sleep(0.4)\n    return "done"\n`),
  {
    id: 'body-over-limit-413',
    handler: `def handle(event, context):\n    return str(len(event.body))\n`,
    limits: { maxBodyBytes: 10 },
    steps: [
      { request: { method: 'POST', path: '/', body: '0123456789' }, expect: { status: 200, body: '10' } },
      {
        request: { method: 'POST', path: '/', body: '0123456789x' },
        expect: { status: 413, limit: 'body-too-large', bodyIncludes: 'Request Entity Too Large' },
      },
    ],
  },
  memoryBlowUpCase(
    `def handle(event, context):\n    if event.path == "/grow":\n        return str(len(bytearray(512 * 1024 * 1024)))\n    return "fine"\n`,
    // Generous timeouts: allocating 512 MB of WebAssembly memory takes seconds on a loaded machine.
    { memoryMb: 32, execTimeoutMs: 15_000, writeTimeoutMs: 20_000 },
  ),
  logCase(
    'print-reaches-logs',
    `def handle(event, context):\n    print("registro", 42)\n    return "ok"\n`,
    'registro 42',
  ),
  {
    id: 'health-endpoint',
    handler: echo,
    steps: [
      { request: { method: 'GET', path: '/_/health' }, expect: { status: 200, body: 'OK' } },
      { request: { method: 'GET', path: '/_/ready' }, expect: { status: 200, body: 'OK' } },
    ],
  },
  syntaxErrorCase(`def handle(event, context):\n    x = 1\n    return {"body": x +}\n`),
  {
    id: 'no-handle-function',
    handler: `def handler(event, context):\n    return "wrong name"\n`,
    steps: [],
    startError: { code: 'handler-not-function', line: 0 },
  },
]);
