// FaaS Lab's function server: OpenFaaS's Node template (openfaas/templates template/node22) behind
// of-watchdog in http mode (openfaas/of-watchdog), in ONE dependency-free ES module file.
//
//   HANDLER_PATH=./handler.js port=8080 exec_timeout=10s node server.mjs
//
// Environment, as OpenFaaS reads it: port (8080), exec_timeout (10s), read_timeout (15s),
// write_timeout (15s) — Go durations or bare seconds —, max_inflight (0 = unlimited, else 429),
// RAW_BODY, MAX_RAW_SIZE / MAX_JSON_SIZE (100kb, 413 beyond); FaaS Lab adds HANDLER_PATH (default
// handler.js beside this file; a relative path is taken from the working directory),
// FAASLAB_MEMORY_MB (heap limit of the handler's thread), FAASLAB_LISTEN_HOST (bind address) and
// FAASLAB_CORS=true (CORS headers, for the WebContainer runtime whose page reads from another origin).
// Endpoints: /_/health and /_/ready as of-watchdog serves them; every other path and method reaches
// the handler. The handler is CommonJS (`module.exports = async (event, context) => …`) or ESM.
// Written for FaaS Lab from the documented behaviour; no code copied (see /work/shared/specs/openfaas.md).
// The contract below is shared: the QuickJS sandbox evaluates `functionContract.toString()` inside the
// engine and the tests import it, so the runtimes cannot drift. Keep it free of outer references and
// of syntax newer than ES2019 (it passes through Vite's minifier and runs in QuickJS).

/**
 * Builds the contract. `host` gives what differs between engines:
 * `makeRaw(request)` → the raw body (a Buffer in Node), `isBytes(value)` → true for Buffers/typed
 * arrays, `logError(error)` → print like console.error, `warn(text)` → a line on stderr.
 * @param {{ makeRaw: (request: object) => unknown, isBytes: (value: unknown) => boolean, logError: (error: unknown) => void, warn: (text: string) => void }} host
 */
export function functionContract(host) {
  'use strict';
  var KB = 1024;
  var BYTE_UNITS = { b: 1, kb: KB, mb: KB * KB, gb: KB * KB * KB, tb: KB * KB * KB * KB };
  var DURATION_UNITS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  // body-parser's default limit for every parser the template does not configure.
  var DEFAULT_LIMIT = 100 * KB;
  var STATUS_TEXT = { 400: 'Bad Request', 413: 'Payload Too Large', 500: 'Internal Server Error' };

  /** "100kb", "1mb", "2048" → bytes (the `bytes` package, as body-parser reads MAX_RAW_SIZE). */
  function parseBytes(text, fallback) {
    if (text === undefined || text === null || text === '') return fallback;
    var match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|tb)?\s*$/i.exec(String(text));
    if (!match) return fallback;
    return Math.floor(Number(match[1]) * BYTE_UNITS[(match[2] || 'b').toLowerCase()]);
  }

  /** Go duration ("10s", "1m30s", "500ms") → ms; a bare integer is seconds, as of-watchdog reads it. */
  function parseDuration(text, fallbackMs) {
    if (text === undefined || text === null || text === '') return fallbackMs;
    var value = String(text).trim();
    if (/^\d+$/.test(value)) return Number(value) * 1000;
    var re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/g;
    var total = 0;
    var consumed = 0;
    var match;
    while ((match = re.exec(value)) !== null) {
      if (match.index !== consumed) return fallbackMs;
      total += Number(match[1]) * DURATION_UNITS[match[2]];
      consumed = re.lastIndex;
    }
    return consumed === value.length && consumed > 0 ? total : fallbackMs;
  }

  /** The watchdog and template settings from the environment, with the node22 template's defaults. */
  function readConfig(env) {
    return {
      port: env.port !== undefined && env.port !== '' ? Number(env.port) : 8080,
      execTimeoutMs: parseDuration(env.exec_timeout, 10000),
      readTimeoutMs: parseDuration(env.read_timeout, 15000),
      writeTimeoutMs: parseDuration(env.write_timeout, 15000),
      maxInflight: Number(env.max_inflight) > 0 ? Number(env.max_inflight) : 0,
      rawBody: env.RAW_BODY === 'true',
      maxRawBytes: parseBytes(env.MAX_RAW_SIZE, DEFAULT_LIMIT),
      maxJsonBytes: parseBytes(env.MAX_JSON_SIZE, DEFAULT_LIMIT),
      memoryMb: Number(env.FAASLAB_MEMORY_MB) > 0 ? Number(env.FAASLAB_MEMORY_MB) : 0,
    };
  }

  /** The media type, lower-case; a request without one is text/plain (the template's default). */
  function mediaType(headers) {
    var value = headers['content-type'] || 'text/plain';
    return String(value).split(';')[0].trim().toLowerCase();
  }

  /** Which body-parser handles this request: 'raw' | 'json' | 'text' | 'form' | null (body left unset). */
  function parserFor(headers, config) {
    if (config.rawBody) return 'raw';
    var type = mediaType(headers);
    if (type === 'application/json') return 'json';
    if (type === 'application/octet-stream') return 'raw';
    if (type.indexOf('text/') === 0) return 'text';
    if (type === 'application/x-www-form-urlencoded') return 'form';
    return null;
  }

  /** The largest body accepted for these headers (413 beyond); 0 when the body is not read at all. */
  function bodyLimit(headers, config) {
    var parser = parserFor(headers, config);
    if (parser === 'raw') return config.maxRawBytes;
    if (parser === 'json') return config.maxJsonBytes;
    return parser === null ? 0 : DEFAULT_LIMIT;
  }

  function decode(text) {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  }

  /** node:querystring semantics (Express 5's default "simple" query parser): repeated keys → arrays. */
  function parseQuery(search) {
    var result = {};
    if (!search) return result;
    search.split('&').forEach(function (pair) {
      if (pair === '') return;
      var at = pair.indexOf('=');
      var key = decode(at < 0 ? pair : pair.slice(0, at));
      var value = at < 0 ? '' : decode(pair.slice(at + 1));
      if (!Object.prototype.hasOwnProperty.call(result, key)) result[key] = value;
      else if (Array.isArray(result[key])) result[key].push(value);
      else result[key] = [result[key], value];
    });
    return result;
  }

  function errorPage(status) {
    // Express's final handler with NODE_ENV=production (the template's image sets it).
    var text = STATUS_TEXT[status] || 'Error';
    return {
      status: status,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'",
        'x-content-type-options': 'nosniff',
      },
      body: {
        kind: 'text',
        text:
          '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>' +
          text +
          '</pre>\n</body>\n</html>\n',
      },
    };
  }

  /**
   * body-parser: the parsed body, or { error: status }. `request.hasBody` follows type-is (a
   * Content-Length or Transfer-Encoding header), `request.text` is the body decoded as UTF-8.
   */
  function parseBody(request, config) {
    var parser = parserFor(request.headers, config);
    if (parser === null || !request.hasBody) return { body: undefined };
    if (request.byteLength > bodyLimit(request.headers, config)) return { error: 413 };
    if (parser === 'raw') return { body: host.makeRaw(request) };
    if (parser === 'text') return { body: request.text };
    if (parser === 'form') return { body: parseQuery(request.text) };
    if (request.text === '') return { body: {} };
    // body-parser's strict mode accepts only objects and arrays.
    var first = /^[\x20\x09\x0a\x0d]*(.)/.exec(request.text);
    if (!first || (first[1] !== '{' && first[1] !== '[')) return { error: 400 };
    try {
      return { body: JSON.parse(request.text) };
    } catch {
      return { error: 400 };
    }
  }

  /** Express's `mime.contentType`: text and JSON types get `; charset=utf-8`. */
  function withCharset(type) {
    var value = String(type);
    if (/;\s*charset=/i.test(value)) return value;
    return /^(text\/|application\/(json|javascript))/i.test(value) ? value + '; charset=utf-8' : value;
  }

  function lowerKeys(values) {
    var out = {};
    Object.keys(values || {}).forEach(function (name) {
      out[name.toLowerCase()] = String(values[name]);
    });
    return out;
  }

  /** Express 5 `res.set(headers).status(status).send(value)`. */
  function send(status, headerValues, value) {
    var headers = lowerKeys(headerValues);
    if (headers['content-type']) headers['content-type'] = withCharset(headers['content-type']);
    var body;
    if (value === undefined || value === null) body = { kind: 'empty' };
    else if (typeof value === 'string') {
      headers['content-type'] = headers['content-type'] || 'text/html; charset=utf-8';
      body = { kind: 'text', text: value };
    } else if (host.isBytes(value)) {
      headers['content-type'] = headers['content-type'] || 'application/octet-stream';
      body = { kind: 'bytes', bytes: value };
    } else {
      // res.json: numbers, booleans, dates, class instances.
      headers['content-type'] = headers['content-type'] || 'application/json; charset=utf-8';
      var json = JSON.stringify(value);
      body = json === undefined ? { kind: 'empty' } : { kind: 'text', text: json };
    }
    if (status === 204 || status === 304) body = { kind: 'empty' };
    return { status: status, headers: headers, body: body };
  }

  function isPlainObject(value) {
    return !!value && value.constructor === Object;
  }

  /** The context object of the template: status(), headers(), succeed(), fail(). */
  function createContext(callback) {
    var state = { statusCode: 200, headerValues: {}, cbCalled: 0 };
    var context = {
      status: function (code) {
        if (!code) return state.statusCode;
        state.statusCode = code;
        return context;
      },
      headers: function (value) {
        if (!value) return state.headerValues;
        state.headerValues = value;
        return context;
      },
      succeed: function (value) {
        state.cbCalled++;
        callback(undefined, value);
      },
      fail: function (value) {
        if (state.statusCode == 200) state.statusCode = 500;
        state.cbCalled++;
        callback(value, undefined);
      },
    };
    Object.defineProperty(context, 'cbCalled', {
      get: function () {
        return state.cbCalled;
      },
    });
    return context;
  }

  function errorText(error) {
    return error && typeof error.toString === 'function' ? error.toString() : String(error);
  }

  // Node's http checks (lib/_http_common.js): a header name is an RFC 9110 token, a value has no
  // control character other than tab and nothing above U+00FF.
  var HEADER_TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  var HEADER_VALUE_BAD = /[^\t\x20-\x7e\x80-\xff]/;

  /**
   * Express 5's res.status throws on a status that is not an integer in 100–999
   * (expressjs/express lib/response.js); FaaS Lab also refuses 600–999, which no HTTP client expects.
   * @returns {string | null} the error text, as err.toString() would print it
   */
  function statusError(code) {
    if (typeof code !== 'number' || Math.floor(code) !== code)
      return 'TypeError: Invalid status code: ' + JSON.stringify(code) + '. Status code must be an integer.';
    if (code < 100 || code > 999)
      return (
        'RangeError: Invalid status code: ' +
        JSON.stringify(code) +
        '. Status code must be greater than 99 and less than 1000.'
      );
    if (code > 599)
      return 'RangeError: Invalid status code: ' + code + '. FaaS Lab accepts 100–599 (RFC 9110).';
    return null;
  }

  /**
   * res.set(headers) sets them one by one and throws at the first bad one, keeping those before it.
   * @returns {{ kept: object, error: string | null }}
   */
  function checkHeaders(values) {
    var kept = {};
    var names = Object.keys(values || {});
    for (var i = 0; i < names.length; i++) {
      var name = names[i];
      var value = String(values[name]);
      if (!HEADER_TOKEN.test(name))
        return {
          kept: kept,
          error:
            'TypeError [ERR_INVALID_HTTP_TOKEN]: Header name must be a valid HTTP token ["' + name + '"]',
        };
      if (HEADER_VALUE_BAD.test(value))
        return {
          kept: kept,
          error: 'TypeError [ERR_INVALID_CHAR]: Invalid character in header content ["' + name + '"]',
        };
      kept[name] = value;
    }
    return { kept: kept, error: null };
  }

  /**
   * What the real template would do with a bad status: res.status throws inside its .catch, the
   * rejection is unhandled and Node exits. FaaS Lab answers 500 instead and says why.
   */
  function crashAnswer(reason) {
    host.warn(
      '[faaslab] ' +
        reason +
        ' — la plantilla de Node de OpenFaaS terminaría el proceso aquí (rechazo no gestionado); FaaS Lab responde 500. / The OpenFaaS Node template would exit here (unhandled rejection); FaaS Lab answers 500.',
    );
    return {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-faaslab-crash': 'invalid-status' },
      body: { kind: 'text', text: reason + '\n' },
    };
  }

  /** cb(undefined, value): res.set(headers).status(status).send(value), or what its .catch then does. */
  function answerWith(status, headerValues, payload) {
    var headers = checkHeaders(headerValues);
    var bad = statusError(status);
    if (bad) return crashAnswer(bad);
    if (!headers.error) return send(status, headerValues, payload);
    host.logError(headers.error);
    return send(status, headers.kept, headers.error);
  }

  /**
   * Serves one request with `handler` as the template does. Resolves to
   * { status, headers, body: {kind:'text',text} | {kind:'bytes',bytes} | {kind:'empty'} }.
   * `request` = { method, url, headers (lower-case), hasBody, text, byteLength }.
   */
  function handle(handler, request, config) {
    return new Promise(function (resolve) {
      var parsed = parseBody(request, config);
      if (parsed.error) {
        resolve(errorPage(parsed.error));
        return;
      }
      var url = request.url || '/';
      var q = url.indexOf('?');
      var event = {
        body: parsed.body,
        headers: request.headers,
        method: request.method,
        query: parseQuery(q < 0 ? '' : url.slice(q + 1)),
        path: q < 0 ? url : url.slice(0, q),
      };
      var sent = false;
      var context = createContext(function (error, value) {
        if (sent) {
          host.warn('Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client');
          return;
        }
        sent = true;
        if (error) {
          host.logError(error);
          // The template's callback answers an error with the status already set and err.toString().
          var badStatus = statusError(context.status());
          resolve(badStatus ? crashAnswer(badStatus) : send(context.status(), {}, errorText(error)));
          return;
        }
        var answer;
        try {
          var payload = Array.isArray(value) || isPlainObject(value) ? JSON.stringify(value) : value;
          answer = answerWith(context.status(), context.headers(), payload);
        } catch (thrown) {
          // A circular object or a BigInt: JSON.stringify throws inside the template's .then, and its
          // .catch answers with the status already set and err.toString() (never a hang).
          host.logError(thrown);
          var badStatus = statusError(context.status());
          answer = badStatus ? crashAnswer(badStatus) : send(context.status(), {}, errorText(thrown));
        }
        resolve(answer);
      });
      var returned;
      try {
        returned = handler(event, context);
      } catch (error) {
        // A synchronous throw escapes the template's promise chain: Express 5's error handler answers 500.
        host.logError(error);
        sent = true;
        resolve(errorPage(500));
        return;
      }
      Promise.resolve(returned).then(
        function (value) {
          if (!context.cbCalled) context.succeed(value);
        },
        function (error) {
          // Not through fail(): the template's catch calls its callback directly, so the status stays as
          // set, 200 by default (spec: the real node22 template answers `throw new Error('boom')` with 200).
          if (sent) return;
          sent = true;
          host.logError(error);
          host.warn(
            '[faaslab] El handler lanzó un error y la plantilla de Node de OpenFaaS responde con el estado ya fijado (' +
              context.status() +
              '), no 500: usa context.fail(err) para responder 500. / The handler threw and the OpenFaaS Node template answers with the status already set (' +
              context.status() +
              '), not 500: use context.fail(err) to answer 500.',
          );
          var badStatus = statusError(context.status());
          resolve(badStatus ? crashAnswer(badStatus) : send(context.status(), {}, errorText(error)));
        },
      );
    });
  }

  return {
    parseBytes: parseBytes,
    parseDuration: parseDuration,
    readConfig: readConfig,
    bodyLimit: bodyLimit,
    parseQuery: parseQuery,
    parseBody: parseBody,
    errorPage: errorPage,
    createContext: createContext,
    send: send,
    statusError: statusError,
    checkHeaders: checkHeaders,
    handle: handle,
  };
}

// ---------------------------------------------------------------------------------------------
// The watchdog (main thread) and the template (worker thread). Node built-ins are reached through
// process.getBuiltinModule (Node ≥ 20.16 / 22.3), not import statements, so a browser bundle can
// import functionContract from this file without pulling node: modules.
//
// Why a worker thread: a handler stuck in `while (true) {}` blocks its thread for good, so the
// of-watchdog timer (exec_timeout → 504) must live on another thread. The watchdog answers 504, then
// pings the handler thread; if it does not answer it is terminated and a fresh one loads the handler,
// so the next request is served — what Kubernetes would get by restarting the container, but faster.
// A handler that exhausts its heap (FAASLAB_MEMORY_MB → worker resourceLimits) kills only its thread:
// the request gets 500, as of-watchdog answers any upstream failure, and the thread is replaced.
// Nothing is written to disk (no of-watchdog lock file), so a read-only ConfigMap mount works.

const proc = globalThis.process;
const BUILTINS = ['node:worker_threads', 'node:fs', 'node:url', 'node:module', 'node:http', 'node:path'];
let builtin = null;

if (proc && proc.versions && proc.versions.node) {
  // No top-level await: this file is also bundled for the browser, where this block never runs.
  void (async () => {
    if (typeof proc.getBuiltinModule === 'function') builtin = (name) => proc.getBuiltinModule(name);
    else {
      // Older Node (e.g. inside a WebContainer): load the same modules by dynamic import.
      const loaded = {};
      for (const name of BUILTINS) loaded[name] = await import(/* @vite-ignore */ name);
      builtin = (name) => loaded[name];
    }
    const threads = builtin('node:worker_threads');
    if (!threads.isMainThread && threads.workerData && threads.workerData.faaslabRole === 'handler')
      runTemplate(threads);
    else if (threads.isMainThread && isEntryPoint()) runWatchdog(threads);
  })();
}

function isEntryPoint() {
  const { realpathSync } = builtin('node:fs');
  const { fileURLToPath } = builtin('node:url');
  try {
    return (
      Boolean(proc.argv[1]) && realpathSync(proc.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
}

/** Worker thread: loads the handler as the template's index.js does and serves invocations. */
async function runTemplate({ parentPort, workerData }) {
  const contract = functionContract({
    makeRaw: (request) => Buffer.from(request.bytes),
    isBytes: (value) => ArrayBuffer.isView(value),
    logError: (error) => console.error(error),
    warn: (text) => console.error(text),
  });
  const config = contract.readConfig(proc.env);
  let handler;
  try {
    handler = await loadHandler(workerData.handlerPath);
  } catch (error) {
    parentPort.postMessage({
      type: 'load-error',
      name: error && error.name,
      message: String(error && error.message),
      stack: String(error && error.stack),
    });
    return;
  }
  if (typeof handler !== 'function') {
    parentPort.postMessage({
      type: 'load-error',
      name: 'TypeError',
      message: 'handler.js does not export a function',
      stack: '',
    });
    return;
  }
  parentPort.on('message', async (message) => {
    if (message.type === 'ping') {
      parentPort.postMessage({ type: 'pong' });
      return;
    }
    const bytes = Buffer.from(message.body.buffer, message.body.byteOffset, message.body.byteLength);
    const request = {
      method: message.method,
      url: message.url,
      headers: message.headers,
      hasBody: message.hasBody,
      bytes,
      text: bytes.toString('utf8'),
      byteLength: bytes.length,
    };
    const answer = await contract.handle(handler, request, config);
    const body =
      answer.body.kind === 'text'
        ? Buffer.from(answer.body.text, 'utf8')
        : answer.body.kind === 'bytes'
          ? Buffer.from(answer.body.bytes)
          : Buffer.alloc(0);
    parentPort.postMessage({
      type: 'result',
      id: message.id,
      status: answer.status,
      headers: answer.headers,
      body,
    });
  });
  parentPort.postMessage({ type: 'ready' });
}

/** CommonJS first (the template's `require('./function/handler')`), ES modules when the file is one. */
async function loadHandler(path) {
  const { createRequire } = builtin('node:module');
  const { pathToFileURL } = builtin('node:url');
  if (path.endsWith('.mjs')) return (await import(pathToFileURL(path).href)).default;
  try {
    return createRequire(path)(path);
  } catch (error) {
    const esm =
      error &&
      (error.code === 'ERR_REQUIRE_ESM' ||
        /Cannot use import statement|Unexpected token 'export'/.test(String(error.message)));
    if (!esm) throw error;
    return (await import(pathToFileURL(path).href)).default;
  }
}

/** Main thread: of-watchdog in http mode, in front of the template's worker thread. */
function runWatchdog(threads) {
  const http = builtin('node:http');
  const { dirname, resolve } = builtin('node:path');
  const { fileURLToPath } = builtin('node:url');
  const contract = functionContract({
    makeRaw: () => undefined,
    isBytes: () => false,
    logError: () => {},
    warn: () => {},
  });
  const config = contract.readConfig(proc.env);
  const handlerPath = resolve(
    proc.env.HANDLER_PATH || resolve(dirname(fileURLToPath(import.meta.url)), 'handler.js'),
  );
  const log = (text) => proc.stdout.write(`${new Date().toISOString()} ${text}\n`);
  const pending = new Map();
  let nextId = 1;
  let inflight = 0;
  let worker = null;
  let ready = false;
  // Requests that arrive while the handler thread (re)loads wait for it, bounded by their exec timer.
  let waiting = [];

  function startWorker() {
    ready = false;
    const options = { workerData: { faaslabRole: 'handler', handlerPath } };
    if (config.memoryMb > 0)
      options.resourceLimits = {
        maxOldGenerationSizeMb: config.memoryMb,
        maxYoungGenerationSizeMb: Math.max(4, Math.round(config.memoryMb / 8)),
      };
    const current = new threads.Worker(new URL(import.meta.url), options);
    worker = current;
    current.on('message', (message) => {
      if (message.type === 'ready') {
        if (!server.listening) listen();
        markReady();
      } else if (message.type === 'load-error') {
        proc.stderr.write(`${message.stack || `${message.name}: ${message.message}`}\n`);
        log(`Forked function has terminated: cannot load ${handlerPath}`);
        proc.exit(1);
      } else if (message.type === 'result') settle(message.id, message);
      else if (message.type === 'pong' && current.pongWaiter) current.pongWaiter();
    });
    current.on('error', (error) => {
      const memory = error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      log(
        memory
          ? `Function ran out of memory (limit ${config.memoryMb} MB): restarting it`
          : `Function crashed: ${error && error.message}`,
      );
    });
    if (config.memoryMb > 0) watchMemory(current);
    current.on('exit', (code) => {
      if (worker !== current) return;
      for (const id of [...pending.keys()])
        settle(id, { status: 500, headers: {}, body: Buffer.alloc(0), crashed: true });
      log(`Function process exited with code ${code}: restarting it`);
      startWorker();
    });
  }

  // resourceLimits bound the handler thread's V8 heap only; Buffers and typed arrays live outside it
  // (nodejs.org/api/worker_threads.html#worker-resourcelimits), and memoryUsage().arrayBuffers is per
  // thread. A container's memory limit counts the whole process, so the watchdog watches its resident
  // size: past the size at start plus the limit (and a margin for V8's young generation) the handler's
  // thread is replaced, as the OOM killer would restart the container.
  const MARGIN_MB = 48;
  function watchMemory(current) {
    const MB = 1024 * 1024;
    const baseline = proc.memoryUsage.rss();
    const timer = setInterval(() => {
      if (worker !== current) return clearInterval(timer);
      const grownMb = (proc.memoryUsage.rss() - baseline) / MB;
      if (grownMb <= config.memoryMb + MARGIN_MB) return;
      clearInterval(timer);
      log(
        `Function ran out of memory (limit ${config.memoryMb} MB; the process grew ${Math.round(grownMb)} MB, Buffers included): restarting it`,
      );
      worker = null;
      current.terminate();
      for (const id of [...pending.keys()])
        settle(id, { status: 500, headers: {}, body: Buffer.alloc(0), crashed: true });
      startWorker();
    }, 25);
    timer.unref();
  }

  function markReady() {
    ready = true;
    const queued = waiting;
    waiting = [];
    queued.forEach((forward) => forward());
  }

  function settle(id, answer) {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    entry(answer);
  }

  function restartIfStuck(stuck) {
    if (worker !== stuck || !ready) return;
    // Hold new requests until the thread proves it is alive (pong) or is replaced.
    ready = false;
    const timer = setTimeout(() => {
      if (worker !== stuck) return;
      log('Function did not answer a ping after exec_timeout: terminating and restarting it');
      worker = null;
      stuck.terminate();
      for (const id of [...pending.keys()])
        settle(id, { status: 500, headers: {}, body: Buffer.alloc(0), crashed: true });
      startWorker();
    }, 250);
    stuck.pongWaiter = () => {
      clearTimeout(timer);
      stuck.pongWaiter = null;
      markReady();
    };
    stuck.postMessage({ type: 'ping' });
  }

  // FAASLAB_CORS=true (WebContainer runtime only): the page reads answers from another origin.
  const cors =
    proc.env.FAASLAB_CORS === 'true'
      ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': '*' }
      : {};

  // Framing is the server's: a handler's own Content-Length or Transfer-Encoding would contradict the
  // body actually sent (Express's res.send overwrites Content-Length for the same reason).
  const FRAMING = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive']);

  function reply(res, started, status, headers, body) {
    if (res.headersSent || res.destroyed) return;
    const safe = {};
    for (const [name, value] of Object.entries(headers)) {
      if (FRAMING.has(name.toLowerCase())) continue;
      try {
        http.validateHeaderName(name);
        http.validateHeaderValue(name, value);
        safe[name] = value;
      } catch (error) {
        log(`Dropped header ${JSON.stringify(name)} from the function: ${error && error.message}`);
      }
    }
    Object.assign(safe, cors);
    const seconds = ((performance.now() - started) / 1000).toFixed(6);
    const valid = Number.isInteger(status) && status >= 100 && status <= 599;
    if (!valid) log(`Function answered an invalid status ${JSON.stringify(status)}: answering 500`);
    try {
      res.writeHead(valid ? status : 500, {
        ...safe,
        'Content-Length': body.length,
        'X-Duration-Seconds': seconds,
      });
    } catch (error) {
      // Last line of defence: whatever Node refuses becomes a 500, never an exit.
      log(`Cannot write the function's answer (${error && error.message}): answering 500`);
      res.removeHeader('Content-Length');
      res.writeHead(500, { 'Content-Length': 0, 'X-OpenFaaS-Internal': 'of-watchdog' });
      res.end();
      return;
    }
    res.end(body);
  }

  function internal(res, started, status, text = '') {
    reply(
      res,
      started,
      status,
      { 'X-OpenFaaS-Internal': 'of-watchdog', 'Content-Type': 'text/plain; charset=utf-8' },
      Buffer.from(text),
    );
  }

  function serveProbe(req, res, path) {
    if (path === '/_/health' && req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    const busy = path === '/_/ready' && config.maxInflight > 0 && inflight >= config.maxInflight;
    const status = !ready ? 503 : busy ? 429 : 200;
    res
      .writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...cors })
      .end(status === 200 ? 'OK' : '');
  }

  const server = http.createServer((req, res) => {
    const started = performance.now();
    const path = (req.url || '/').split('?')[0];
    if (path === '/_/health' || path === '/_/ready') return serveProbe(req, res, path);
    if (
      cors['Access-Control-Allow-Origin'] &&
      req.method === 'OPTIONS' &&
      req.headers['access-control-request-method']
    ) {
      res
        .writeHead(204, {
          ...cors,
          'Access-Control-Allow-Methods': '*',
          'Access-Control-Allow-Headers': '*',
          'Access-Control-Max-Age': '600',
        })
        .end();
      return;
    }
    if (config.maxInflight > 0 && inflight >= config.maxInflight) {
      log(
        `Concurrent request limit exceeded (max_inflight=${config.maxInflight}): ${req.method} ${req.url} - 429`,
      );
      return internal(
        res,
        started,
        429,
        `Concurrent request limit exceeded. Max concurrent requests: ${config.maxInflight}\n`,
      );
    }
    inflight++;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inflight--;
      }
    };
    res.on('close', finish);
    // write_timeout: Go's http.Server closes the connection when the answer is not written in time.
    const writeTimer = setTimeout(() => {
      log(`write_timeout (${config.writeTimeoutMs} ms) reached: closing ${req.method} ${req.url}`);
      res.destroy();
    }, config.writeTimeoutMs);
    res.on('close', () => clearTimeout(writeTimer));

    const headers = req.headers;
    const limit = contract.bodyLimit(headers, config);
    const chunks = [];
    let size = 0;
    let refused = false;
    // Past the limit the body is not kept: 413 at once, and the connection is closed once a little
    // more has arrived (enough for a proxy in front to read the 413 before its write fails), so a
    // 600 MB upload costs the server about a megabyte of reading, not 600.
    const DRAIN_BYTES = 1024 * 1024;
    let drained = 0;
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      log(`Request body over the limit (${limit} bytes): ${req.method} ${req.url} - 413`);
      const page = contract.errorPage(413);
      reply(res, started, 413, page.headers, Buffer.from(page.body.text));
    };
    req.on('data', (chunk) => {
      if (refused) {
        drained += chunk.length;
        if (drained > DRAIN_BYTES && res.writableFinished) req.socket.destroy();
        return;
      }
      size += chunk.length;
      if (limit > 0 && size > limit) return refuse();
      if (limit > 0) chunks.push(chunk);
    });
    const declared = Number(headers['content-length']);
    if (limit > 0 && Number.isFinite(declared) && declared > limit) refuse();
    req.on('end', () => {
      if (refused || res.headersSent) return;
      const forward = () => {
        if (res.headersSent || res.destroyed) return;
        if (!worker || !ready) {
          waiting.push(forward);
          return;
        }
        dispatch();
      };
      forward();
    });

    function dispatch() {
      // exec_timeout counts from the hand-over to the handler thread: waiting for a thread that is
      // being replaced is this emulation's cost, not the function's.
      const execTimer = setTimeout(() => {
        log(`Upstream HTTP killed due to exec_timeout: ${config.execTimeoutMs / 1000}s`);
        internal(res, started, 504);
        restartIfStuck(worker);
      }, config.execTimeoutMs);
      res.on('close', () => clearTimeout(execTimer));
      const body = Buffer.concat(chunks);
      const id = nextId++;
      // type-is's hasBody: a Content-Length or Transfer-Encoding header means the request has a body.
      const hasBody =
        headers['transfer-encoding'] !== undefined ||
        (headers['content-length'] !== undefined && !Number.isNaN(Number(headers['content-length'])));
      pending.set(id, (answer) => {
        if (answer.crashed) return internal(res, started, 500);
        reply(res, started, answer.status, answer.headers, Buffer.from(answer.body));
        log(
          `${req.method} ${req.url} - ${answer.status} - ContentLength: ${answer.body.length}B (${((performance.now() - started) / 1000).toFixed(4)}s)`,
        );
      });
      worker.postMessage({ type: 'invoke', id, method: req.method, url: req.url, headers, hasBody, body });
    }
  });
  // read_timeout: Node answers 408 and closes when the request is not read in time (Go just closes).
  server.requestTimeout = config.readTimeoutMs;
  server.headersTimeout = Math.min(config.readTimeoutMs, 60000);

  function listen() {
    // FAASLAB_LISTEN_HOST: the Node runtime binds 127.0.0.1; in a container every interface (unset).
    server.listen(config.port, proc.env.FAASLAB_LISTEN_HOST || undefined, () => {
      log(`Forking - node ${handlerPath} (worker thread)`);
      log(
        `Timeouts: read: ${config.readTimeoutMs / 1000}s write: ${config.writeTimeoutMs / 1000}s exec: ${config.execTimeoutMs / 1000}s, max_inflight: ${config.maxInflight}`,
      );
      log(`Listening on port: ${server.address().port}`);
    });
  }

  const shutdown = () => {
    log('SIGTERM: no new connections, shutting down');
    server.close(() => proc.exit(0));
    setTimeout(() => proc.exit(0), 1000).unref();
  };
  proc.on('SIGTERM', shutdown);
  proc.on('SIGINT', shutdown);
  startWorker();
}
