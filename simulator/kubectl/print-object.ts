/**
 * `-o yaml` and `-o json` as kubectl prints them: keys in alphabetical order (Go marshals maps sorted),
 * JSON indented by four spaces, YAML as sigs.k8s.io/yaml writes it (block style, sequences not indented,
 * strings that would read as another type double-quoted).
 */
import { Document, visit } from 'yaml';
import { isJson } from '../kube-api/object-meta.ts';

/** A deep copy with every object's keys sorted. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isJson(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((k) => value[k] !== undefined)
      .map((k) => [k, sortKeys(value[k])]),
  );
}

/** `-o json`. */
export function printJson(value: unknown): string {
  return (
    JSON.stringify(sortKeys(value), null, 4).replace(
      /[<>&]/g,
      (c) => `\\u00${c.charCodeAt(0).toString(16)}`,
    ) + '\n'
  );
}

/** A string YAML 1.1 would read as something else if written plain: a number, bool, null or date (or empty). */
const LOOKS_TYPED =
  /^(?:[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9][0-9_]*(?::[0-5]?[0-9])*|(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?|\.(?:inf|Inf|INF))|\.(?:nan|NaN|NAN)|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$/;

/**
 * `-o yaml`, as go-yaml writes it: a string that would read as another type is double-quoted; any other
 * string that cannot be plain is single-quoted (its emitter's fallback from plain).
 */
export function printYaml(value: unknown): string {
  const doc = new Document(sortKeys(value), { version: '1.1' });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && (node.value === '' || LOOKS_TYPED.test(node.value)))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({
    indentSeq: false,
    lineWidth: 0,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
    singleQuote: true,
  });
}

/** A list of objects as kubectl wraps them. */
export function listOf(items: unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
