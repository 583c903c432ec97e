/**
 * A deep copy of a built API object equal to `JSON.parse(JSON.stringify(value))`, made without the text:
 * the API view stores a new object as this copy (its JSON text is written only when a later build compares
 * against it). On the 5,000-node scenario the text and its parse were ~0.7 s of the console's first command.
 */
import type { Json } from './object-meta.ts';

/** Thrown where the fast copy would differ from JSON's (a `toJSON`, a class instance, `__proto__`…). */
const NOT_PLAIN: unique symbol = Symbol('not plain JSON data');

/** Members already copied as JSON would copy them, and shared read-only: see {@link keepAsCopied}. */
const copied = new WeakSet<object>();

/**
 * Marks a built object as already equal to its JSON copy and apart from the simulation's state (a Pod's
 * spec made from its template's copy, its conditions shared with the Pods alike): where it is found inside
 * an object given to {@link jsonClone}, the copy holds it as it is. Returns it.
 */
export function keepAsCopied<T extends object>(value: T): T {
  copied.add(value);
  return value;
}

/**
 * `JSON.parse(JSON.stringify(value))` for an object, by a direct copy when its data is plain; the objects
 * inside it marked by {@link keepAsCopied} are held, not copied.
 */
export function jsonClone(value: Json): Json {
  try {
    return copyObject(value);
  } catch (e) {
    if (e !== NOT_PLAIN) throw e;
    return JSON.parse(JSON.stringify(value)) as Json;
  }
}

/** An object or array member as JSON writes it, or undefined where JSON leaves the member out. */
function copyValue(v: unknown): unknown {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      // JSON writes NaN and ±Infinity as null, and -0 as 0.
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
    case 'object':
      if (v === null) return null;
      if (copied.has(v)) return v;
      return Array.isArray(v) ? copyArray(v) : copyObject(v as Json);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      // bigint: JSON.stringify throws; the fallback throws the same error.
      throw NOT_PLAIN;
  }
}

function copyArray(a: readonly unknown[]): unknown[] {
  if (Object.getPrototypeOf(a) !== Array.prototype || 'toJSON' in a) throw NOT_PLAIN;
  const out = new Array<unknown>(a.length);
  for (let i = 0; i < a.length; i++) {
    const v = copyValue(a[i]);
    out[i] = v === undefined ? null : v;
  }
  return out;
}

function copyObject(o: Json): Json {
  const proto: unknown = Object.getPrototypeOf(o);
  if ((proto !== Object.prototype && proto !== null) || typeof o.toJSON === 'function') throw NOT_PLAIN;
  const out: Json = {};
  // for…in walks the own keys in JSON.stringify's order (Object.prototype has no enumerable keys).
  for (const k in o) {
    if (k === '__proto__') throw NOT_PLAIN;
    const v = copyValue(o[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}
