// A part of the function contract (see function-contract.mjs): self-contained, ES2019, no outer
// references — the QuickJS sandbox evaluates its source text.

/**
 * The watchdog's and template's settings from the environment: sizes, Go durations, defaults.
 */
export function contractSettings() {
  'use strict';
  var KB = 1024;
  var BYTE_UNITS = { b: 1, kb: KB, mb: KB * KB, gb: KB * KB * KB, tb: KB * KB * KB * KB };
  var DURATION_UNITS = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };
  // body-parser's default limit for every parser the template does not configure.
  var DEFAULT_LIMIT = 100 * KB;

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

  return {
    DEFAULT_LIMIT: DEFAULT_LIMIT,
    parseBytes: parseBytes,
    parseDuration: parseDuration,
    readConfig: readConfig,
  };
}
