/**
 * Where the site serves Pyodide from: its own origin, under a versioned folder the build fills from
 * the `pyodide` npm package (scripts/pyodide-assets-integration.mjs). Nothing comes from a CDN.
 */

/** The pyodide npm package version the assets come from (keep in step with package.json). */
export const PYODIDE_VERSION = '314.0.7';

/** The files a stdlib-only Python lab needs, copied into the build. */
export const PYODIDE_FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
] as const;

/** The folder, relative to the site root, the assets are served from (ends with `/`). */
export const PYODIDE_PATH = `/pyodide/${PYODIDE_VERSION}/`;
