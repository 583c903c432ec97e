// A part of the function contract (see function-contract.mjs): self-contained, ES2019, no outer
// references — the QuickJS sandbox evaluates its source text.

/**
 * What goes back: Express's send, its error page, the one status check, header checks.
 * @param {import('./server.d.mts').ContractHost} host
 * @param {Record<string, any>} _lib the parts before this one (this part needs none of them)
 */
export function responseAnswer(host, _lib) {
  'use strict';
  var STATUS_TEXT = {
    400: 'Bad Request',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    500: 'Internal Server Error',
  };

  function errorPage(status) {
    // Express's final handler as with NODE_ENV=production. The node22 image does not set NODE_ENV
    // (template/node22/Dockerfile), so the real page shows the error's escaped stack instead of the status
    // text: same status and type, a body we do not copy (its paths and V8's messages are the template's).
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

  /**
   * The one status check. Express 5's res.status throws on a status that is not an integer in 100–999
   * (expressjs/express lib/response.js), with the error returned here. 600–999 pass: Express 5 sends
   * them ("HTTP/1.1 600 unknown", tried with express 5.3.0), Go's net/http, which of-watchdog and the
   * gateway run on, writes any code in 100–999 (server.go, checkWriteHeaderCode), so a student sees
   * the 600 they set, as on OpenFaaS.
   * @returns {Error | null} what Express 5 throws for this status, or null when it sends it
   */
  function statusError(code) {
    if (typeof code !== 'number' || !isFinite(code) || code % 1 !== 0)
      return new TypeError(
        'Invalid status code: ' + JSON.stringify(code) + '. Status code must be an integer.',
      );
    if (code < 100 || code > 999)
      return new RangeError(
        'Invalid status code: ' +
          JSON.stringify(code) +
          '. Status code must be greater than 99 and less than 1000.',
      );
    return null;
  }

  function errorText(error) {
    return error && typeof error.toString === 'function' ? error.toString() : String(error);
  }

  // Node's http checks (lib/_http_common.js): a header name is an RFC 9110 token, a value has no
  // control character other than tab and nothing above U+00FF.
  var HEADER_TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
  var HEADER_VALUE_BAD = /[^\t\x20-\x7e\x80-\xff]/;

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

  return {
    errorPage: errorPage,
    send: send,
    statusError: statusError,
    errorText: errorText,
    checkHeaders: checkHeaders,
  };
}
