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
// FAASLAB_CORS=true (CORS headers, for the WebContainer runtime whose page reads from another origin) and
// FAASLAB_RESTART_ON_HANG=true (replace a blocked handler at once, instead of 504 until a restart).
// Endpoints: /_/health and /_/ready as of-watchdog serves them; every other path and method reaches
// the handler. The handler is CommonJS (`module.exports = async (event, context) => …`) or ESM.
// Written for FaaS Lab from the documented behaviour; no code copied (see /work/shared/specs/openfaas.md).
// The files beside it hold one concept each: function-contract.mjs (the template's request/response
// contract, from its parts), template-thread.mjs (the handler's worker thread) and watchdog.mjs (the
// main thread). They import nothing but each other; the ConfigMap of the export ships them all.
export { functionContract } from './function-contract.mjs';
import { runTemplate } from './template-thread.mjs';
import { runWatchdog } from './watchdog.mjs';

// Node built-ins are reached through process.getBuiltinModule (Node ≥ 20.16 / 22.3), not import
// statements, so a browser bundle can import the contract without pulling node: modules.
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
      runTemplate(threads, builtin);
    else if (threads.isMainThread && isEntryPoint()) runWatchdog(threads, builtin, new URL(import.meta.url));
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
