// A part of the function contract (see function-contract.mjs): self-contained, ES2019, no outer
// references — the QuickJS sandbox evaluates its source text.

/**
 * Which body-parser reads a request, its size limit, and the parsed body or the status that refuses it.
 * @param {import('./server.d.mts').ContractHost} host
 * @param {Record<string, any>} lib the parts before this one
 */
export function requestBody(host, lib) {
  'use strict';
  var DEFAULT_LIMIT = lib.DEFAULT_LIMIT;
  var parseForm = lib.parseForm;

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
    // Without RAW_BODY no raw parser is installed: application/octet-stream, image/png… stay undefined.
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
    // body-parser 2 reads JSON only in a UTF charset and forms only in utf-8 or iso-8859-1: 415 otherwise.
    var charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(String(request.headers['content-type']));
    var cs = charset ? charset[1].toLowerCase() : '';
    if (parser === 'json' && cs && cs.slice(0, 4) !== 'utf-') return { error: 415 };
    if (parser === 'form' && cs && cs !== 'utf-8' && cs !== 'iso-8859-1') return { error: 415 };
    if (parser === 'form') return parseForm(request.text);
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

  return {
    bodyLimit: bodyLimit,
    parseBody: parseBody,
  };
}
