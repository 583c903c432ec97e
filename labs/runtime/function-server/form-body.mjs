// A part of the function contract (see function-contract.mjs): self-contained, ES2019, no outer
// references — the QuickJS sandbox evaluates its source text.

/**
 * Query strings as node:querystring reads them and form bodies as body-parser's extended (qs) parser does.
 */
export function formBody() {
  'use strict';
  function decode(text) {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  }

  /** node:querystring semantics (Express 5's default "simple" query parser): repeated keys → arrays. */
  function parseQuery(search) {
    var result = {};
    if (!search) return result;
    search.split('&').forEach(function (pair) {
      if (pair === '') return;
      var at = pair.indexOf('=');
      var key = decode(at < 0 ? pair : pair.slice(0, at));
      var value = at < 0 ? '' : decode(pair.slice(at + 1));
      if (!Object.prototype.hasOwnProperty.call(result, key)) result[key] = value;
      else if (Array.isArray(result[key])) result[key].push(value);
      else result[key] = [result[key], value];
    });
    return result;
  }

  var FORM_PARAMETER_LIMIT = 1000;
  var FORM_DEPTH = 32;

  /** A key's path: `a[b][]` → ['a', '[b]', '[]'] (balanced brackets; an unclosed one keeps the rest). */
  function keySegments(key) {
    var first = key.indexOf('[');
    var segments = [];
    var parent = first >= 0 ? key.slice(0, first) : key;
    if (parent) segments.push(parent);
    var open = first;
    while (open >= 0) {
      if (segments.length - (parent ? 1 : 0) >= FORM_DEPTH) throw new RangeError('depth');
      var level = 0;
      var close = -1;
      for (var i = open; i < key.length && close < 0; i++) {
        if (key[i] === '[') level++;
        else if (key[i] === ']' && --level === 0) close = i;
      }
      if (close < 0) {
        segments.push('[' + key.slice(open) + ']');
        return segments;
      }
      segments.push(key.slice(open, close + 1));
      open = key.indexOf('[', close + 1);
    }
    return segments;
  }

  function isObjectLike(value) {
    return !!value && typeof value === 'object';
  }

  /** qs's merge as body-parser's extended parser meets it: same keys nest, a clash becomes an array. */
  function mergeForm(target, source, overflowed) {
    if (!source) return target;
    if (!isObjectLike(source)) {
      if (Array.isArray(target)) {
        target.push(source);
        return target;
      }
      return isObjectLike(target) ? [target, source] : [target, source];
    }
    if (!isObjectLike(target)) {
      if (overflowed.indexOf(source) < 0) return [target].concat(source);
      var shifted = { 0: target };
      Object.keys(source).forEach(function (name) {
        shifted[parseInt(name, 10) + 1] = source[name];
      });
      overflowed.push(shifted);
      return shifted;
    }
    if (Array.isArray(target) && Array.isArray(source)) {
      source.forEach(function (item, i) {
        if (i in target) {
          if (isObjectLike(target[i]) && isObjectLike(item))
            target[i] = mergeForm(target[i], item, overflowed);
          else target.push(item);
        } else target[i] = item;
      });
      return target;
    }
    var into = target;
    if (Array.isArray(target)) {
      into = {};
      target.forEach(function (item, i) {
        if (item !== undefined) into[i] = item;
      });
    }
    Object.keys(source).forEach(function (name) {
      into[name] = Object.prototype.hasOwnProperty.call(into, name)
        ? mergeForm(into[name], source[name], overflowed)
        : source[name];
    });
    return into;
  }

  function compactForm(value) {
    if (Array.isArray(value))
      return value
        .filter(function (item) {
          return item !== undefined;
        })
        .map(compactForm);
    if (isObjectLike(value))
      Object.keys(value).forEach(function (name) {
        value[name] = compactForm(value[name]);
      });
    return value;
  }

  /**
   * body-parser's extended urlencoded parser (the node22 template sets `extended: true`): qs with
   * depth 32 (deeper → 400), at most 1000 fields (more → 413), array indices below max(100, fields).
   * `a[b]=1` → {a:{b:'1'}}, `c[]=x&c[]=y` and `d=1&d=2` → arrays, `__proto__` is dropped.
   * Returns { body } or { error: status }.
   */
  function parseForm(text) {
    if (text === '') return { body: {} };
    var fields = text.split('&').length;
    if (fields > FORM_PARAMETER_LIMIT) return { error: 413 };
    var arrayLimit = Math.max(100, fields);
    var flat = Object.create(null);
    text
      .replace(/%5B/gi, '[')
      .replace(/%5D/gi, ']')
      .split('&')
      .forEach(function (part) {
        var bracketEquals = part.indexOf(']=');
        var at = bracketEquals === -1 ? part.indexOf('=') : bracketEquals + 1;
        var key = decode(at < 0 ? part : part.slice(0, at));
        var value = at < 0 ? '' : decode(part.slice(at + 1));
        flat[key] = key in flat ? [].concat(flat[key], value) : value;
      });
    var result = {};
    var overflowed = [];
    try {
      // Object.keys order, as qs walks its values: integer-like keys first.
      Object.keys(flat).forEach(function (key) {
        if (!key) return;
        var segments = keySegments(key);
        var leaf = flat[key];
        for (var i = segments.length - 1; i >= 0; i--) {
          var root = segments[i];
          var node;
          // An index past the array limit made an object (qs marks it "overflow"): `[]` keeps it as is.
          if (root === '[]') node = overflowed.indexOf(leaf) >= 0 ? leaf : [].concat(leaf);
          else {
            var clean = root[0] === '[' && root[root.length - 1] === ']' ? root.slice(1, -1) : root;
            var index = parseInt(clean, 10);
            if (root !== clean && String(index) === clean && index >= 0 && index < arrayLimit) {
              node = [];
              node[index] = leaf;
            } else {
              node = {};
              if (clean !== '__proto__') node[clean] = leaf;
              if (root !== clean && String(index) === clean && index >= 0) overflowed.push(node);
            }
          }
          leaf = node;
        }
        result = mergeForm(result, leaf, overflowed);
      });
    } catch (error) {
      if (error instanceof RangeError) return { error: 400 };
      throw error;
    }
    return { body: compactForm(result) };
  }

  return {
    parseQuery: parseQuery,
    parseForm: parseForm,
  };
}
