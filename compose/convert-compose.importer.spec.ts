/**
 * The converter's output is valid input for the simulator's importer (strict field and schema checks):
 * what a student converts can be applied to the simulated cluster unchanged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../simulator/index.ts';
import { convertCompose } from './convert-compose.ts';

const fixture = (path: string): string =>
  readFileSync(new URL(`../test/fixtures/compose/${path}`, import.meta.url), 'utf8');

describe('converted manifests pass the simulator importer', () => {
  it.each([
    'flask-redis.compose.yaml',
    'expose/compose.yaml',
    'env/compose.yaml',
    'named-volume/docker-compose-v3.yml',
    'examples/compose.yaml',
  ])('%s', (path) => {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
    const conversion = convertCompose(fixture(path), { readFile: (file) => fixture(`${dir}/${file}`) });
    expect(conversion.ok).toBe(true);
    const result = validateManifests(conversion.yaml, 'converted.yaml');
    expect(result.diagnostics).toEqual([]);
    // Only "the simulator does not run this kind" (claims, config maps) may be said about them.
    expect(result.warnings.filter((w) => w.code !== 'kind-not-simulated')).toEqual([]);
    expect(result.objects).toHaveLength(conversion.manifests.length);
  });
});
