/**
 * The JavaScript that runs inside QuickJS before the handler: Node-like globals (console, timers,
 * Buffer, process.env) on top of a few host functions, and the shared template contract from
 * function-contract.mjs (its parts' source text), so the sandbox answers exactly as the function server does.
 */
import { contractSource } from '../function-server/function-contract.mjs';

/** Host functions the engine must install on the global object before evaluating the prelude. */
export const HOST_FUNCTIONS = [
  '__faaslab_log',
  '__faaslab_done',
  '__faaslab_timer',
  '__faaslab_clear',
  '__faaslab_oom',
] as const;

/** The prelude source; `env` becomes process.env and configures the contract. */
export function sandboxPrelude(env: Record<string, string>): string {
  return `'use strict';
var functionContract = ${contractSource()};
(function (global, env) {
  var hostLog = global.__faaslab_log, hostDone = global.__faaslab_done, hostTimer = global.__faaslab_timer;
  var hostClear = global.__faaslab_clear, hostOom = global.__faaslab_oom;

  function utf8Encode(text) {
    var out = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.codePointAt(i);
      if (c > 0xffff) i++;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }
  function utf8Decode(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; ) {
      var b = bytes[i++], c;
      if (b < 0x80) c = b;
      else if (b >= 0xf0) { c = ((b & 7) << 18) | ((bytes[i++] & 63) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63); }
      else if (b >= 0xe0) { c = ((b & 15) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63); }
      else if (b >= 0xc0) { c = ((b & 31) << 6) | (bytes[i++] & 63); }
      else c = 0xfffd;
      out += String.fromCodePoint(c);
    }
    return out;
  }
  // A Buffer good enough for handlers: UTF-8 text in and out, JSON like Node's.
  class Buffer extends Uint8Array {
    toString() { return utf8Decode(this); }
    toJSON() { return { type: 'Buffer', data: Array.from(this) }; }
    static from(value) {
      if (typeof value === 'string') { var bytes = utf8Encode(value); var b = new Buffer(bytes.length); b.set(bytes); return b; }
      var copy = new Buffer(value.length); copy.set(value); return copy;
    }
    static isBuffer(value) { return value instanceof Buffer; }
    static byteLength(text) { return utf8Encode(String(text)).length; }
    static alloc(size) { return new Buffer(size); }
  }
  global.Buffer = Buffer;
  // QuickJS reports a too-deep recursion as "InternalError: stack overflow"; Node (V8) as
  // "RangeError: Maximum call stack size exceeded". Students read Node's words.
  if (typeof InternalError === 'function') {
    var internalToString = Error.prototype.toString;
    Object.defineProperty(InternalError.prototype, 'toString', {
      configurable: true, writable: true,
      value: function () { return this.message === 'stack overflow' ? 'RangeError: Maximum call stack size exceeded' : internalToString.call(this); },
    });
  }
  global.__faaslab_utf8 = utf8Decode;

  function inspect(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return errorText(value);
    if (typeof value === 'function') return '[Function: ' + (value.name || 'anonymous') + ']';
    if (value && typeof value === 'object') { try { return JSON.stringify(value); } catch (e) { return String(value); } }
    return String(value);
  }
  function errorText(error) {
    if (!(error instanceof Error)) return inspect(error);
    return String(error) + (error.stack ? '\\n' + String(error.stack).replace(/\\n$/, '') : '');
  }
  function logger(stream) { return function () { hostLog(stream, Array.prototype.map.call(arguments, inspect).join(' ')); }; }
  global.console = { log: logger('stdout'), info: logger('stdout'), debug: logger('stdout'), warn: logger('stderr'), error: logger('stderr'), trace: logger('stderr') };

  var timers = {}, nextTimer = 1;
  function arm(fn, ms, args, repeat) {
    var id = nextTimer++;
    timers[id] = { fn: fn, args: args, ms: Math.max(0, Number(ms) || 0), repeat: repeat };
    hostTimer(id, timers[id].ms);
    return id;
  }
  function disarm(id) { if (timers[id]) { delete timers[id]; hostClear(id); } }
  global.setTimeout = function (fn, ms) { return arm(fn, ms, Array.prototype.slice.call(arguments, 2), false); };
  global.setInterval = function (fn, ms) { return arm(fn, ms, Array.prototype.slice.call(arguments, 2), true); };
  global.setImmediate = function (fn) { return arm(fn, 0, Array.prototype.slice.call(arguments, 1), false); };
  global.clearTimeout = global.clearInterval = global.clearImmediate = disarm;
  global.queueMicrotask = function (fn) { Promise.resolve().then(fn); };
  global.__faaslab_fire = function (id) {
    var timer = timers[id];
    if (!timer) return;
    if (timer.repeat) hostTimer(id, timer.ms); else delete timers[id];
    timer.fn.apply(undefined, timer.args);
  };
  global.process = { env: env, argv: ['node', 'index.js'], platform: 'quickjs', nextTick: function (fn) { Promise.resolve().then(fn); } };

  var silenced = false;
  function isOutOfMemory(error) { return !!error && error.name === 'InternalError' && /out of memory/.test(error.message); }
  var contract = functionContract({
    makeRaw: function (request) { return Buffer.from(request.text); },
    isBytes: function (value) { return ArrayBuffer.isView(value); },
    logError: function (error) {
      if (isOutOfMemory(error)) hostOom();
      // Stopped by the watchdog (exec_timeout): the host answers 504; no template output for it.
      silenced = !!error && error.name === 'InternalError' && error.message === 'interrupted';
      if (!silenced) hostLog('stderr', errorText(error));
    },
    warn: function (text) { if (!silenced) hostLog('stderr', text); },
  });
  var config = contract.readConfig(env);
  var handler;
  global.require = function (name) { throw new Error("Cannot find module '" + name + "': the sandbox runs handlers without npm packages"); };
  global.__faaslab_setHandler = function (wrapper) {
    var module = { exports: {} };
    wrapper(module.exports, global.require, module, '/home/app/function/handler.js', '/home/app/function');
    handler = module.exports;
    return typeof handler === 'function';
  };
  global.__faaslab_invoke = function (id, json) {
    contract.handle(handler, JSON.parse(json), config).then(function (answer) {
      var body = answer.body;
      var text = body.kind === 'text' ? body.text : body.kind === 'bytes' ? utf8Decode(body.bytes) : '';
      hostDone(id, JSON.stringify({ status: answer.status, headers: answer.headers, body: text, crashed: answer.crashed }));
    });
  };
  global.__faaslab_config = JSON.stringify(config);
})(globalThis, ${JSON.stringify(env)});
`;
}
