/**
 * `-o yaml` and `-o json` as kubectl prints them: keys in alphabetical order (Go marshals maps sorted),
 * JSON indented by four spaces, YAML as sigs.k8s.io/yaml writes it (block style, sequences not indented,
 * strings that would read as another type double-quoted).
 */
import { Document } from 'yaml';
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

/** `-o yaml`. */
export function printYaml(value: unknown): string {
  const doc = new Document(sortKeys(value), { version: '1.1' });
  return doc.toString({
    indentSeq: false,
    lineWidth: 0,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
  });
}

/** A list of objects as kubectl wraps them. */
export function listOf(items: unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } };
}
