import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../simulator/index.ts';
import { DIAGNOSTIC_MESSAGES } from '../../simulator/importer/diagnostic-messages.ts';
import { importManifests } from '../../simulator/importer/import-manifests.ts';
import type { Diagnostic } from '../../core/index.ts';

// `npm test` runs a few hundred cases; a nightly run sets FUZZ_RUNS=10000 or more.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = 20_000 + RUNS * 30;

const seeds = [
  readFileSync(new URL('../fixtures/course/flaskapp.yaml', import.meta.url), 'utf8'),
  readFileSync(new URL('../fixtures/course/my-nodeport-service.yaml', import.meta.url), 'utf8'),
  readFileSync(new URL('../fixtures/course/nginx-pod.yaml', import.meta.url), 'utf8'),
  readFileSync(new URL('../fixtures/simulator/web-app.yaml', import.meta.url), 'utf8'),
];

/** A positioned, bilingual diagnostic from the known table. */
function assertPositioned(d: Diagnostic, text: string): void {
  expect(DIAGNOSTIC_MESSAGES[d.code], d.code).toBeDefined();
  expect(d.place.file).toBe('fuzz.yaml');
  expect(d.place.line).toBeGreaterThanOrEqual(1);
  expect(d.place.line).toBeLessThanOrEqual(text.split('\n').length + 1);
  expect(d.place.column).toBeGreaterThanOrEqual(1);
  expect(typeof d.place.path).toBe('string');
  expect(d.message.es.length).toBeGreaterThan(0);
  expect(d.message.en.length).toBeGreaterThan(0);
}

function check(text: string): void {
  const result = importManifests(text, 'fuzz.yaml');
  for (const d of [...result.diagnostics, ...result.warnings]) assertPositioned(d, text);
  if (result.diagnostics.length === 0)
    for (const o of result.objects) expect(typeof o.object.metadata.name).toBe('string');
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string(),
      fc.constantFrom(
        ':',
        '- ',
        '  ',
        '\n',
        '{',
        '[',
        '&a ',
        '*a',
        '"',
        "'",
        '#',
        '---\n',
        'replica: 3\n',
        '\t',
      ),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('swap-value' as const),
    at: fc.nat(),
    value: fc.constantFrom(
      '99999',
      '"80"',
      'null',
      '[]',
      '{}',
      'true',
      '-1',
      'Foo',
      '3.5',
      '~',
      '*.example.com',
      '',
    ),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  const lines = text.split('\n');
  switch (m.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'duplicate-line': {
      const i = m.at % lines.length;
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('\n');
    }
    case 'swap-value': {
      const i = m.at % lines.length;
      lines[i] = (lines[i] ?? '').replace(/:\s.*$/, `: ${m.value}`);
      return lines.join('\n');
    }
  }
}

describe('importer fuzz (no exception escapes; every failure is a positioned error)', () => {
  it(
    `survives ${RUNS} mutated course manifests`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...seeds),
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          (seed, mutations) => {
            check(mutations.reduce(mutate, seed));
          },
        ),
        { numRuns: RUNS, seed: 4242 },
      );
    },
    TIMEOUT,
  );

  it(
    `survives ${RUNS} random texts`,
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), (text) => check(text)),
        { numRuns: RUNS, seed: 7 },
      );
    },
    TIMEOUT,
  );

  it(
    `survives ${RUNS} random objects with real kinds`,
    () => {
      const kinds = fc.constantFrom(
        ['v1', 'Pod'],
        ['v1', 'Service'],
        ['apps/v1', 'Deployment'],
        ['networking.k8s.io/v1', 'Ingress'],
        ['extensions/v1beta1', 'Ingress'],
        ['v1', 'Namespace'],
        ['batch/v1', 'Job'],
        ['v2', 'Foo'],
      );
      const object = fc
        .tuple(
          kinds,
          fc.option(fc.string(), { nil: undefined }),
          fc.object({ maxDepth: 3, maxKeys: 6 }),
          fc.object({ maxDepth: 2, maxKeys: 4 }),
        )
        .map(([[apiVersion, kind], name, spec, metadata]) => ({
          apiVersion,
          kind,
          metadata: { ...metadata, ...(name === undefined ? {} : { name }) },
          spec,
        }));
      fc.assert(
        fc.property(fc.array(object, { minLength: 1, maxLength: 3 }), (objects) =>
          check(objects.map((o) => stringify(o)).join('---\n')),
        ),
        { numRuns: RUNS, seed: 99 },
      );
    },
    TIMEOUT,
  );

  it('never throws or loses state when mutated manifests are applied to a cluster', () => {
    const sim = createSimulation({ seed: 1 });
    expect(sim.apply(seeds[3]!, 'web.yaml').diagnostics).toEqual([]);
    const exported = sim.exportYaml();
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (seed, mutations) => {
          const result = sim.apply(mutations.reduce(mutate, seed), 'fuzz.yaml');
          if (result.diagnostics.length > 0) expect(result.applied).toEqual([]);
        },
      ),
      { numRuns: Math.min(RUNS, 100), seed: 5 },
    );
    expect(typeof sim.exportYaml()).toBe('string');
    expect(exported.length).toBeGreaterThan(0);
  });
});
