/**
 * Generated hostile manifests (issue 19): fast-check arbitraries built on the course's fixtures, each
 * given one of the attacks of the review — huge or negative numbers, `__proto__`, undefined and
 * repeated aliases, deep flow and block nesting, brackets in strings, deeply indented block scalars,
 * thousands of keys and duplicates, `kind: List` wrappers — through the importer and the Compose
 * converter. No exception may escape; every error is positioned and bilingual. FUZZ_RUNS sets the
 * count (CI: 200 per property; the full run: FUZZ_RUNS=10000). Prints the slowest document and the
 * peak memory; the full run also requires every document to take under 2 s.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertCompose } from '../../compose/index.ts';
import { DIAGNOSTIC_MESSAGES } from '../../simulator/importer/diagnostic-messages.ts';
import { importManifests } from '../../simulator/importer/import-manifests.ts';

const FULL = process.env.FUZZ_RUNS !== undefined;
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const course = (name: string): string =>
  readFileSync(new URL(`../fixtures/course/${name}`, import.meta.url), 'utf8');
const FIXTURES = [
  course('flaskapp.yaml'),
  course('my-nodeport-service.yaml'),
  course('nginx-pod.yaml'),
  readFileSync(new URL('../fixtures/simulator/web-app.yaml', import.meta.url), 'utf8'),
];
const COMPOSE = course('compose-flask-redis.yaml');

type Attack = (text: string, n: number) => string;

/** The review's attacks, each parameterised by a generated number. */
const ATTACKS: Record<string, Attack> = {
  'huge-number': (t, n) => t.replace(/: (\d+)\n/, `: ${[1e9, 2 ** 53, 1e308, 1000000][n % 4]}\n`),
  'negative-number': (t, n) => t.replace(/: (\d+)\n/, `: -${1 + (n % 100)}\n`),
  'top-level-proto': (t) => `${t.trimEnd()}\n__proto__:\n  polluted: true\n`,
  'nested-proto': (t) => t.replace(/metadata:\n/, 'metadata:\n  __proto__: {x: 1}\n'),
  'undefined-alias': (t, n) => t.replace(/: ([a-z][^\n]*)\n/, `: *missing${n}\n`),
  'alias-bomb': (t, n) =>
    `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 4 + (n % 6) }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`).join('\n')}\n---\n${t}`,
  'deep-flow': (t, n) => `${t}---\nx: ${'['.repeat(90 + (n % 400))}${']'.repeat(90 + (n % 400))}\n`,
  'deep-block': (t, n) => {
    let block = '';
    for (let i = 0; i < 90 + (n % 200); i++) block += `${' '.repeat(i)}k${i}:\n`;
    return `${t}---\n${block}`;
  },
  'brackets-in-string': (t, n) =>
    t.replace(/metadata:\n/, `metadata:\n  annotations: {note: "${'['.repeat(100 + (n % 900))}"}\n`),
  'indented-block-scalar': (t, n) =>
    t.replace(/metadata:\n/, `metadata:\n  annotations:\n    note: |\n${' '.repeat(6 + (n % 1000))}text\n`),
  'many-keys': (t, n) =>
    t.length > 4e6
      ? t
      : `${t}---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: many}\ndata:\n${Array.from({ length: 2000 + (n % 8000) }, (_, i) => `  k${i}: v`).join('\n')}\n`,
  'duplicate-key': (t) => t.replace(/(\n {2}name: [^\n]*)/, '$1$1'),
  'list-wrapper': (t) =>
    `apiVersion: v1\nkind: List\nitems:\n${t
      .split(/^---$/m)
      .filter((d) => d.trim())
      .map((d) => `  - ${d.trim().split('\n').join('\n    ')}`)
      .join('\n')}\n`,
  'control-chars': (t, n) => t.replace(/name: /, `name: "x\\u001b[${n % 50}m"\n  "\\u0007k": `),
  // Up to ~4 MB: past the importer's 1 MB cap, short of the string sizes that break the generator itself.
  'many-documents': (t, n) =>
    Array.from({ length: Math.min(50 + (n % 1200), Math.ceil(4e6 / Math.max(1, t.length))) }, () => t).join(
      '\n---\n',
    ),
};

const stats = { documents: 0, slowestMs: 0, slowest: '', over2s: 0, peakRss: 0 };

function measure(label: string, run: () => void): void {
  const began = performance.now();
  run();
  const ms = performance.now() - began;
  stats.documents++;
  if (ms > stats.slowestMs) Object.assign(stats, { slowestMs: ms, slowest: label });
  if (ms > 1_000) console.log(`slow: ${label} ${ms.toFixed(0)} ms`);
  if (ms > 2_000) stats.over2s++;
  stats.peakRss = Math.max(stats.peakRss, process.memoryUsage.rss());
}

describe('hostile generated manifests', () => {
  it(`imports ${RUNS} generated hostile manifests without an exception, every error positioned`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(ATTACKS)), fc.nat(100_000)), {
          minLength: 1,
          maxLength: 3,
        }),
        (fixture, attacks) => {
          const text = attacks.reduce((t, [name, n]) => ATTACKS[name]!(t, n), fixture);
          measure(attacks.map(([name]) => name).join('+'), () => {
            const result = importManifests(text, 'fuzz.yaml');
            for (const d of [...result.diagnostics, ...result.warnings]) {
              expect(DIAGNOSTIC_MESSAGES[d.code], d.code).toBeDefined();
              expect(d.code).not.toBe('internal-error');
              expect(d.place.line).toBeGreaterThanOrEqual(1);
              expect(d.place.column).toBeGreaterThanOrEqual(1);
              expect(d.message.es.length * d.message.en.length).toBeGreaterThan(0);
            }
          });
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: RUNS, seed: 1919 },
    );
  }, 600_000);

  it(`converts ${RUNS} generated hostile Compose files without an exception`, () => {
    const composeAttacks: Attack[] = [
      (t, n) => t.replace(/image: /, `deploy: {replicas: ${[1e9, -1, 1e6, 10_001][n % 4]}}\n    image: `),
      (t) => t.replace(/services:\n {2}(\w+):/, 'services:\n  "<img src=x onerror=alert(1)>":'),
      (t) => t.replace(/services:\n {2}(\w+):/, 'services:\n  "x/y":'),
      (t, n) =>
        `${t}\nx-big:\n${Array.from({ length: 1000 + (n % 5000) }, (_, i) => `  k${i}: v`).join('\n')}\n`,
      (t) => `${t}\nx-dup: 1\nx-dup: 2\n`,
      (t, n) => `${t}\nx-deep: ${'['.repeat(50 + (n % 300))}${']'.repeat(50 + (n % 300))}\n`,
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(composeAttacks.length - 1), fc.nat(100_000)), {
          minLength: 1,
          maxLength: 3,
        }),
        (attacks) => {
          const text = attacks.reduce((t, [i, n]) => composeAttacks[i]!(t, n), COMPOSE);
          measure('compose', () => {
            const result = convertCompose(text);
            for (const d of result.diagnostics) {
              expect(d.place.line).toBeGreaterThanOrEqual(1);
              expect(d.message.es.length * d.message.en.length).toBeGreaterThan(0);
            }
            if (result.ok)
              for (const m of result.manifests)
                expect(m.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/);
          });
        },
      ),
      { numRuns: RUNS, seed: 2019 },
    );
    console.log(
      `hostile fuzz: ${stats.documents} documents, 0 exceptions, slowest ${stats.slowestMs.toFixed(0)} ms (${stats.slowest}), ${stats.over2s} over 2 s, peak RSS ${Math.round(stats.peakRss / 1048576)} MB`,
    );
    // Timing is a figure, not a unit-test assertion, except in the full (FUZZ_RUNS) run the issue asks for.
    if (FULL) expect(stats.over2s).toBe(0);
  }, 600_000);
});
