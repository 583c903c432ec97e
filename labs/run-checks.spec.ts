/** Checks compare what matters (status, body, JSON regardless of key order, headers, a predicate) and never throw. */
import { describe, expect, it } from 'vitest';
import type { Lab } from './lab-types.ts';
import { labLimits } from './lab-limits.ts';
import { matches, runChecks } from './run-checks.ts';
import type { FunctionResponse, FunctionRuntime } from './runtime/contract/types.ts';
import { LogBuffer } from './runtime/contract/log-feed.ts';

const response = (status: number, body: string, headers: Record<string, string> = {}): FunctionResponse => ({
  status,
  body,
  headers,
  durationMs: 1,
});

describe('matches', () => {
  it('compares JSON bodies regardless of key order, and fails on non-JSON', () => {
    expect(
      matches({ json: { a: 1, b: [1, { c: 2, d: 3 }] } }, response(200, '{"b":[1,{"d":3,"c":2}],"a":1}')),
    ).toBe(true);
    expect(matches({ json: { a: 1 } }, response(200, '{"a":2}'))).toBe(false);
    expect(matches({ json: { a: 1 } }, response(200, 'not json'))).toBe(false);
  });

  it('checks status, exact body, included text and headers case-insensitively by name', () => {
    const r = response(201, 'Hello there', { 'content-type': 'text/plain' });
    expect(
      matches(
        {
          status: 201,
          body: 'Hello there',
          bodyIncludes: 'there',
          headers: { 'Content-Type': 'text/plain' },
        },
        r,
      ),
    ).toBe(true);
    expect(matches({ status: 200 }, r)).toBe(false);
    expect(matches({ bodyIncludes: 'bye' }, r)).toBe(false);
    expect(matches({ headers: { 'content-type': 'text/html' } }, r)).toBe(false);
  });

  it('treats a throwing predicate as a failed check', () => {
    const predicate = { describe: { es: 'x', en: 'x' }, test: (): boolean => JSON.parse('{') as boolean };
    expect(matches({ predicate }, response(200, ''))).toBe(false);
  });
});

describe('runChecks', () => {
  it('reports expected vs got, and a runtime error as a failed check', async () => {
    const lab: Lab = {
      id: 't',
      title: { es: 't', en: 't' },
      summary: { es: '', en: '' },
      instructions: { es: '', en: '' },
      files: {},
      solution: {},
      limits: labLimits(),
      env: {},
      examples: [],
      checks: [
        {
          id: 'ok',
          title: { es: 'a', en: 'a' },
          request: { method: 'GET', path: '/ok' },
          expect: { status: 200, body: 'ok' },
        },
        {
          id: 'bad',
          title: { es: 'b', en: 'b' },
          request: { method: 'GET', path: '/bad' },
          expect: { status: 200, json: { n: 1 } },
        },
        {
          id: 'boom',
          title: { es: 'c', en: 'c' },
          request: { method: 'GET', path: '/boom' },
          expect: { status: 200 },
        },
      ],
    };
    const runtime: FunctionRuntime = {
      kind: 'node',
      logs: new LogBuffer(),
      describe: () => ({ kind: 'node', label: { es: '', en: '' }, state: 'running' }),
      start: async () => {},
      restart: async () => {},
      stop: async () => {},
      invoke: async (request) => {
        if (request.path === '/boom') throw new Error('runtime gone');
        return request.path === '/ok' ? response(200, 'ok') : response(500, 'Error: nope');
      },
    };
    const results = await runChecks(runtime, lab);
    expect(results.map((r) => r.passed)).toEqual([true, false, false]);
    expect(results[1]).toMatchObject({
      expected: 'status 200, JSON {"n":1}',
      got: 'status 500, body "Error: nope"',
    });
    expect(results[2]!.got).toMatch(/runtime gone/);
  });
});
