/** The Pyodide version the runtime asks for is the one the build copies (the installed npm package). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PYODIDE_FILES, PYODIDE_PATH, PYODIDE_VERSION } from './pyodide-assets.ts';

const dir = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

describe('Pyodide assets', () => {
  it('names the installed package version, so /pyodide/<version>/ exists in the build', () => {
    const installed = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
    expect(PYODIDE_VERSION).toBe(installed.version);
    expect(PYODIDE_PATH).toBe(`/pyodide/${installed.version}/`);
  });
  it('lists files the package really has', () => {
    for (const file of PYODIDE_FILES) expect(existsSync(join(dir, file)), file).toBe(true);
  });
});
