// A part of the function contract (see function-contract.mjs): self-contained, ES2019, no outer
// references — the QuickJS sandbox evaluates its source text.

/**
 * The template's handler contract: the context object, the callback and the promise chain around the handler.
 * @param {import('./server.d.mts').ContractHost} host
 * @param {Record<string, any>} lib the parts before this one
 */
export function handlerContext(host, lib) {
  'use strict';
  var parseBody = lib.parseBody;
  var parseQuery = lib.parseQuery;
  var errorPage = lib.errorPage;
  var send = lib.send;
  var statusError = lib.statusError;
  var errorText = lib.errorText;
  var checkHeaders = lib.checkHeaders;
  var noticeLine = lib.noticeLine;

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

  /** cb(undefined, value): res.set(headers).status(status).send(value), or what its .catch then does. */
  function answerWith(status, headerValues, payload) {
    var headers = checkHeaders(headerValues);
    if (!headers.error) return send(status, headerValues, payload);
    host.logError(headers.error);
    return send(status, headers.kept, headers.error);
  }

  /**
   * Serves one request with `handler` as the template does. Resolves to
   * { status, headers, body: {kind:'text',text} | {kind:'bytes',bytes} | {kind:'empty'} }, plus
   * `crashed` (the error's text) when the real template's process would have died on the request.
   * `request` = { method, url, headers (lower-case), hasBody, text, byteLength }.
   */
  function handle(handler, request, config) {
    return new Promise(function (resolve) {
      // The template's first middleware: a request without Content-Type gets `text/plain`, in event.headers too.
      if (!request.headers['content-type']) request.headers['content-type'] = 'text/plain';
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
      // The template's callback `cb`. Express 5's res.status() runs before anything is sent and throws for
      // a code that is not an integer in 100–999 (e.g. context.status('201')); 600–999 pass, as there.
      var callback = function (error, value) {
        if (sent) {
          host.warn('Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client');
          return;
        }
        if (error) host.logError(error);
        var invalid = statusError(context.status());
        if (invalid) throw invalid;
        sent = true;
        if (error) {
          // The template's callback answers an error with the status already set and err.toString().
          resolve(send(context.status(), {}, errorText(error)));
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
          answer = send(context.status(), {}, errorText(thrown));
        }
        resolve(answer);
      };
      var context = createContext(callback);
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
      Promise.resolve(returned)
        .then(function (value) {
          if (!context.cbCalled) context.succeed(value);
        })
        .catch(function (error) {
          // Not through fail(): the template's catch calls its callback directly, so the status stays as
          // set, 200 by default (spec: the real node22 template answers `throw new Error('boom')` with 200).
          if (sent) return;
          if (!statusError(context.status()))
            host.warn(noticeLine('thrown-keeps-status', { status: context.status() }));
          try {
            callback(error);
          } catch (crash) {
            // The callback threw inside the template's own catch: an unhandled rejection, and Node ends the
            // process. of-watchdog sees the upstream connection drop and answers 500 (executor/http_runner.go);
            // the host restarts the handler, as Kubernetes would restart the container.
            host.logError(crash);
            sent = true;
            resolve({
              status: 500,
              headers: { 'x-openfaas-internal': 'of-watchdog' },
              body: { kind: 'empty' },
              crashed: errorText(crash),
            });
          }
        });
    });
  }

  return {
    createContext: createContext,
    handle: handle,
  };
}
