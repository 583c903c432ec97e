// The template's side of the function server, in a worker thread: loads the handler as the node22
// template's index.js does (openfaas/templates template/node22) and serves the invocations the watchdog
// thread hands over, through the shared contract.
import { functionContract } from './function-contract.mjs';

const proc = globalThis.process;

/**
 * Worker thread: loads the handler and serves invocations.
 * @param {{ parentPort: any, workerData: { handlerPath: string } }} thread
 * @param {(name: string) => any} builtin a Node built-in module by name
 */
export async function runTemplate({ parentPort, workerData }, builtin) {
  const contract = functionContract({
    makeRaw: (request) => Buffer.from(request.bytes),
    isBytes: (value) => ArrayBuffer.isView(value),
    logError: (error) => console.error(error),
    warn: (text) => console.error(text),
  });
  const config = contract.readConfig(proc.env);
  let handler;
  try {
    handler = await loadHandler(workerData.handlerPath, builtin);
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
    // The real template's Node process dies of the unhandled rejection; this thread does the same, and
    // the watchdog thread answers 500 to whatever was in flight and starts a new one.
    if (answer.crashed) proc.exit(1);
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
async function loadHandler(path, builtin) {
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
