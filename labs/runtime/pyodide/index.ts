/** The Pyodide runtime (browser): CPython in WebAssembly in a Web Worker, assets from the site itself. */
export { PyodideRuntime, type PyodideRuntimeOptions } from './pyodide-runtime.ts';
export { PYODIDE_FILES, PYODIDE_PATH, PYODIDE_VERSION } from './pyodide-assets.ts';
export { createPyodideHost, type PyodideLoader } from './pyodide-host.ts';
export type { FromPyodide, PyodidePort, ToPyodide } from './pyodide-messages.ts';
