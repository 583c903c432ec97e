/**
 * Reads the function server's files from labs/runtime/function-server/ (Node only): every `.mjs` file,
 * because server.mjs may import siblings and the ConfigMap must hold all of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder of the function server that runs as `node server.mjs`. */
export const FUNCTION_SERVER_DIR = fileURLToPath(new URL('../runtime/function-server/', import.meta.url));

/** The Python function server's file (a Python lab's ConfigMap ships it instead of the .mjs files). */
export function loadPythonServerFiles(): Record<string, string> {
  const path = fileURLToPath(new URL('../runtime/python/server.py', import.meta.url));
  return { 'server.py': readFileSync(path, 'utf8') };
}

/** File name → text of every .mjs file of the function server (sorted by name). */
export function loadFunctionServerFiles(dir: string = FUNCTION_SERVER_DIR): Record<string, string> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.mjs') && !name.includes('.spec.'))
      .sort();
  } catch (cause) {
    throw new Error(`The function server folder ${dir} cannot be read`, { cause });
  }
  if (!names.includes('server.mjs')) throw new Error(`The function server folder ${dir} has no server.mjs`);
  return Object.fromEntries(names.map((name) => [name, readFileSync(`${dir}/${name}`, 'utf8')]));
}
