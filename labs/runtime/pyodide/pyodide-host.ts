/**
 * The worker side of the Pyodide runtime: boots Pyodide, loads handler.py beside server.py's contract
 * half (the same file the python3 runtime and the k3s export run), and answers invocations.
 * Independent of the Worker global so Node can test it with the npm package's own loader.
 */
import type { PyodideAPI } from 'pyodide';
import { pythonLoadDiagnostic } from '../python/python-load-error.ts';
import type { FromPyodide, ToPyodide } from './pyodide-messages.ts';

/** Loads Pyodide with the given output callbacks. */
export type PyodideLoader = (options: {
  indexURL: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}) => Promise<PyodideAPI>;

// Glue between JS values and server.py's invoke(): bytes in, a JSON answer out.
const GLUE = `
import json as _faaslab_json

def _faaslab_call(handle, method, url, headers_json, body_proxy, hostname):
    body = body_proxy.to_bytes() if body_proxy is not None else b""
    status, headers, out = invoke(handle, method, url, _faaslab_json.loads(headers_json), body, hostname)
    return _faaslab_json.dumps({"status": status, "headers": headers, "body": out.decode("utf-8", "replace")})
`;

/** Returns the worker's message handler; `post` sends a message to the page. */
export function createPyodideHost(
  post: (message: FromPyodide) => void,
  load: PyodideLoader,
): (message: ToPyodide) => void {
  let py: PyodideAPI | null = null;
  let interrupt: Int32Array | null = null;
  let call: ((...args: unknown[]) => string) | null = null;
  let handle: unknown = null;
  let hostname = 'localhost';
  let contract: { source: string; ns: ReturnType<PyodideAPI['toPy']> } | null = null;
  const log = (stream: 'stdout' | 'stderr') => (text: string) =>
    post({ type: 'log', stream, text, time: Date.now() });
  /**
   * server.py's contract half (its __main__ block does not run), compiled once per worker: the contract
   * holds no state, and compiling it is most of a start's time (done at boot when the page sends it).
   */
  const compileContract = (source: string): ReturnType<PyodideAPI['toPy']> => {
    if (!contract || contract.source !== source) {
      const fresh = py!.toPy({ __name__: 'faaslab_server' });
      py!.runPython(source, { globals: fresh });
      py!.runPython(GLUE, { globals: fresh });
      contract = { source, ns: fresh };
    }
    return contract.ns;
  };
  const heapBytes = (): number =>
    (py as unknown as { _module?: { HEAPU8?: Uint8Array } })?._module?.HEAPU8?.length ?? 0;

  return (message) => {
    if (message.type === 'boot') {
      const began = performance.now();
      load({ indexURL: message.indexURL, stdout: log('stdout'), stderr: log('stderr') }).then(
        (loaded) => {
          py = loaded;
          if (message.interrupt) {
            interrupt = new Int32Array(message.interrupt);
            py.setInterruptBuffer(interrupt);
          }
          try {
            if (message.serverSource) compileContract(message.serverSource);
          } catch (error) {
            return post({ type: 'fatal', message: String(error) });
          }
          post({ type: 'booted', bootMs: performance.now() - began, heapBytes: heapBytes() });
        },
        (error: unknown) => post({ type: 'fatal', message: String(error) }),
      );
    } else if (message.type === 'start') {
      const began = performance.now();
      if (!py) return post({ type: 'fatal', message: 'start before boot' });
      hostname = message.env.HOSTNAME ?? 'localhost';
      const ns = compileContract(message.serverSource);
      py.FS.mkdirTree('/home/pyodide/function');
      py.FS.writeFile('/home/pyodide/function/handler.py', message.source);
      try {
        handle = ns.get('load_handler')('/home/pyodide/function/handler.py');
        call = ns.get('_faaslab_call');
        post({ type: 'started', diagnostics: [], startMs: performance.now() - began });
      } catch (error) {
        post({
          type: 'started',
          diagnostics: [pythonLoadDiagnostic(String((error as Error).message ?? error), message.source)],
          startMs: performance.now() - began,
        });
      }
    } else if (message.type === 'invoke') {
      if (!call) return post({ type: 'fatal', message: 'invoke before start' });
      if (interrupt) Atomics.store(interrupt, 0, 0);
      try {
        const answer = JSON.parse(
          call(handle, message.method, message.url, JSON.stringify(message.headers), message.body, hostname),
        ) as { status: number; headers: [string, string][]; body: string };
        post({ type: 'result', id: message.id, ...answer, heapBytes: heapBytes() });
      } catch (error) {
        // KeyboardInterrupt from the interrupt buffer (exec_timeout) is a BaseException, so invoke()
        // does not turn it into Flask's 500 page: it reaches here.
        const interrupted = /KeyboardInterrupt/.test(String((error as Error).message ?? error));
        post({
          type: 'result',
          id: message.id,
          status: 500,
          headers: [],
          body: '',
          interrupted,
          heapBytes: heapBytes(),
        });
      }
    }
  };
}
