// The Node template's request/response contract (openfaas/templates template/node22, as of-watchdog
// serves it), shared by every runtime: server.mjs runs it in Node, the QuickJS sandbox evaluates its
// source text (contractSource) and the tests import it, so the runtimes cannot drift. It is built from
// parts, one concept a file; each part is `function (host, lib)` with no outer references and no syntax
// newer than ES2019 (it passes through Vite's minifier and runs in QuickJS), and gets the parts before it
// as `lib`.
import { serverNotices } from './server-notices.mjs';
import { contractSettings } from './contract-settings.mjs';
import { formBody } from './form-body.mjs';
import { requestBody } from './request-body.mjs';
import { responseAnswer } from './response-answer.mjs';
import { handlerContext } from './handler-context.mjs';

/** The parts, in the order they are assembled (a part reads only those before it). */
export const CONTRACT_PARTS = [
  serverNotices,
  contractSettings,
  formBody,
  requestBody,
  responseAnswer,
  handlerContext,
];

/** Calls each part with the host and what the parts before it made; returns everything they made. */
export function assembleContract(host, parts) {
  'use strict';
  var lib = {};
  for (var i = 0; i < parts.length; i++) {
    var made = parts[i](host, lib);
    for (var name in made) lib[name] = made[name];
  }
  return lib;
}

/**
 * Builds the contract. `host` gives what differs between engines:
 * `makeRaw(request)` → the raw body (a Buffer in Node), `isBytes(value)` → true for Buffers/typed
 * arrays, `logError(error)` → print like console.error, `warn(text)` → a line on stderr.
 * @param {import('./server.d.mts').ContractHost} host
 */
export function functionContract(host) {
  return assembleContract(host, CONTRACT_PARTS);
}

/** The source text of a function `functionContract(host)` that needs nothing around it. */
export function contractSource() {
  return (
    'function (host) {\n  return (' +
    assembleContract.toString() +
    ')(host, [\n' +
    CONTRACT_PARTS.map(String).join(',\n') +
    '\n  ]);\n}'
  );
}
