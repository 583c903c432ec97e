// Astro integration: serve Pyodide from the site itself. The build copies the few files a stdlib-only
// Python lab needs from node_modules/pyodide into dist/pyodide/<version>/ (never committed, never a
// CDN); the dev server answers the same paths from node_modules. Only the Pyodide worker asks for them,
// and only when a Python lab runs, so no other page downloads a byte of them.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FILES = [
  'pyodide.mjs',
  'pyodide.asm.mjs',
  'pyodide.asm.wasm',
  'python_stdlib.zip',
  'pyodide-lock.json',
];
const TYPES = {
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.json': 'application/json',
};

/** @returns {Promise<{ dir: string, version: string }>} */
async function pyodidePackage() {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('pyodide/package.json'));
  const { version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  return { dir, version };
}

/** @returns {import('astro').AstroIntegration} */
export function pyodideAssets() {
  return {
    name: 'faaslab:pyodide-assets',
    hooks: {
      'astro:server:setup': async ({ server }) => {
        const { dir, version } = await pyodidePackage();
        const prefix = `/pyodide/${version}/`;
        server.middlewares.use(async (req, res, next) => {
          const name = (req.url ?? '').split('?')[0].slice(prefix.length);
          if (!(req.url ?? '').startsWith(prefix) || !FILES.includes(name)) return next();
          const body = await readFile(join(dir, name));
          res.setHeader(
            'Content-Type',
            TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
          );
          res.setHeader('Content-Length', String(body.length));
          res.end(body);
        });
      },
      'astro:build:done': async ({ dir: outDir }) => {
        const { dir, version } = await pyodidePackage();
        const target = join(fileURLToPath(outDir), 'pyodide', version);
        await mkdir(target, { recursive: true });
        for (const name of FILES) await copyFile(join(dir, name), join(target, name));
      },
    },
  };
}
