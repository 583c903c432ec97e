/** The Node runtime (command line, tests): server.mjs in a child process. Uses node: built-ins. */
export { NodeRuntime, type NodeRuntimeOptions } from './node-runtime.ts';
export { SERVER_PATH } from './server-process.ts';
