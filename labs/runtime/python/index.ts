/** The command-line Python runtime (server.py under the machine's python3). Uses node: built-ins. */
export { NO_PYTHON, PythonRuntime, type PythonRuntimeOptions } from './python-runtime.ts';
export { findPython, PYTHON_SERVER_PATH } from './python-process.ts';
export { pythonLoadDiagnostic } from './python-load-error.ts';
