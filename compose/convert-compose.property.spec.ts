/**
 * Whatever a student types, the converter answers with manifests or positioned diagnostics; it never
 * throws, and every diagnostic points at a line and column inside the text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { convertCompose } from './convert-compose.ts';

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 70000 }),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('any'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('any'), { maxKeys: 3 }),
  ),
})).any;
const key = fc.constantFrom(
  'image',
  'build',
  'ports',
  'expose',
  'environment',
  'command',
  'entrypoint',
  'volumes',
  'labels',
  'deploy',
  'restart',
  'env_file',
  'tmpfs',
  'container_name',
);
const service = fc.dictionary(key, value, { maxKeys: 5 });
const compose = fc.record({
  services: fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), service, { maxKeys: 3 }),
  volumes: fc.option(fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 2 })),
});

function checkPlaces(text: string): void {
  const result = convertCompose(text);
  const lines = text.split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.place.line).toBeGreaterThanOrEqual(1);
    expect(d.place.line).toBeLessThanOrEqual(lines);
    expect(d.place.column).toBeGreaterThanOrEqual(1);
    expect(d.message.es.length).toBeGreaterThan(0);
    expect(d.message.en.length).toBeGreaterThan(0);
  }
  expect(result.ok).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
  if (!result.ok) expect(result.manifests).toEqual([]);
}

describe('convertCompose on any input', () => {
  it('never throws on Compose-shaped data of any types', () => {
    fc.assert(
      fc.property(compose, (doc) => checkPlaces(stringify(doc))),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => checkPlaces(text)),
      { numRuns: 300 },
    );
  });
});
