import { describe, expect, it } from 'vitest';
import { jsonClone, keepAsCopied } from './json-clone.ts';
import type { Json } from './object-meta.ts';

/** What the API view stored before: the object's JSON text, parsed back. */
const viaText = (o: Json): Json => JSON.parse(JSON.stringify(o)) as Json;

describe('jsonClone', () => {
  // Built objects carry undefined fields and odd numbers; the copy must be what the JSON text parses to,
  // key order included (a YAML or JSON printout shows it), or a served object would change its printout.
  const cases: Record<string, Json> = {
    'undefined members dropped, undefined items nulled': {
      a: undefined,
      b: 1,
      list: [undefined, 2, () => 3, Symbol('s')],
      fn: () => 1,
    },
    'numbers JSON cannot write': { nan: NaN, inf: Infinity, minus: -Infinity, negZero: -0, n: 1.5 },
    'integer-like keys first, then the rest in insertion order': { z: 1, 2: 'two', a: 3, 1: 'one' },
    'nested objects, arrays, nulls and strings': {
      metadata: { name: 'web', labels: { app: 'web' }, ownerReferences: [{ uid: 'u', controller: true }] },
      spec: { containers: [{ name: 'c', ports: [{ containerPort: 80 }], env: null }] },
      status: { conditions: [], phase: 'Running' },
    },
    'a Date (toJSON)': { at: new Date(Date.UTC(2026, 0, 1)), nested: { at: new Date(0) } },
    'a class instance': { map: new Map([['a', 1]]) as unknown as Json, set: new Set([1]) as unknown as Json },
    'a __proto__ key, as JSON.parse makes it': JSON.parse('{"__proto__": {"x": 1}, "y": 2}') as Json,
    'a null-prototype object': Object.assign(Object.create(null) as Json, { b: 1, a: undefined }),
  };
  it.each(Object.entries(cases))('%s: equals the parse of its JSON text', (_, value) => {
    const copy = jsonClone(value);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(value));
    expect(copy).toStrictEqual(viaText(value));
    expect(Object.keys(copy)).toEqual(Object.keys(viaText(value)));
  });

  it('negative zero becomes 0, as JSON writes it', () => {
    expect(Object.is(jsonClone({ n: -0 }).n, 0)).toBe(true);
  });

  it('shares nothing with the original: editing the original later leaves the copy as it was', () => {
    const original: Json = { spec: { containers: [{ image: 'nginx:1.27' }] }, labels: { app: 'web' } };
    const before = JSON.stringify(original);
    const copy = jsonClone(original);
    ((original.spec as Json).containers as Json[])[0]!.image = 'nginx:1.28';
    (original.labels as Json).tier = 'x';
    expect(JSON.stringify(copy)).toBe(before);
  });

  it('holds an object marked as already copied wherever it is found, and copies the rest', () => {
    const spec = keepAsCopied({ nodeName: 'a' });
    const other = { nodeName: 'b' };
    const copy = jsonClone({ spec, deeper: { list: [spec] }, other });
    expect(copy.spec).toBe(spec);
    expect(((copy.deeper as Json).list as Json[])[0]).toBe(spec);
    expect(copy.other).not.toBe(other);
    expect(copy.other).toEqual(other);
  });
});
