/**
 * OpenAPI v3 component schemas of the kinds the simulator serves, read from the `kubernetes-models` package
 * (a dependency): its type declarations carry each Kubernetes field's description, required-ness, enum values
 * and shape, and its compiled validators say integer or number. Only the schemas reachable from the served
 * kinds are read, once per process. Names and shapes follow the apiserver's own v3 documents
 * (k8s.io/kube-openapi: `io.k8s.api.apps.v1.DeploymentSpec`, a described `$ref` wrapped in `allOf`,
 * IntOrString and Quantity as `anyOf`/`oneOf` without a type), which is what `kubectl explain` reads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Json } from '../kube-api/object-meta.ts';
import type { ApiResource } from '../kube-api/resource-table.ts';

const require = createRequire(import.meta.url);
const MODELS = dirname(require.resolve('kubernetes-models/package.json'));
const APIMACHINERY = dirname(
  createRequire(join(MODELS, 'package.json')).resolve('@kubernetes-models/apimachinery/package.json'),
);

/** The dotted schema name of a declaration file (`…/apps/v1/DeploymentSpec` → io.k8s.api.apps.v1.DeploymentSpec). */
function schemaName(file: string): string {
  if (file.startsWith(APIMACHINERY))
    return `io.k8s.apimachinery.pkg.${file.slice(APIMACHINERY.length + 1).replace(/\//g, '.')}`;
  const [group, ...rest] = file.slice(MODELS.length + 1).split('/');
  if (/^v\d/.test(group!)) return `io.k8s.api.core.${[group, ...rest].join('.')}`;
  return `io.k8s.api.${group!.replace(/\.k8s\.io$/, '')}.${rest.join('.')}`;
}

/** The JSDoc text before a declaration, as the original description (kubernetes-models escapes `*` and `*​/`). */
function jsdoc(lines: string[]): string {
  return lines
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .replace(/\\\*/g, '*')
    .replace(/\*\\\//g, '*/')
    .trim();
}

interface Declaration {
  description: string;
  /** Interface properties, or null for a type alias. */
  properties: { name: string; description: string; optional: boolean; type: string }[] | null;
  alias: string;
  imports: Map<string, string>;
  file: string;
}

function readDeclaration(file: string): Declaration {
  const text = readFileSync(`${file}.d.ts`, 'utf8');
  const imports = new Map<string, string>();
  for (const m of text.matchAll(/import \{ ([^}]+) \} from "([^"]+)";/g)) {
    const from = m[2]!.startsWith('.')
      ? resolve(dirname(file), m[2]!)
      : m[2]!.startsWith('@kubernetes-models/apimachinery/')
        ? join(APIMACHINERY, m[2]!.slice('@kubernetes-models/apimachinery/'.length))
        : '';
    for (const name of m[1]!.split(',')) imports.set(name.trim(), from);
  }
  const lines = text.split('\n');
  let doc: string[] = [];
  let inDoc = false;
  let description = '';
  let alias = '';
  let properties: Declaration['properties'] = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*\/\*\*/.test(line)) {
      inDoc = true;
      doc = [];
      continue;
    }
    if (inDoc) {
      if (/^\s*\*\//.test(line)) inDoc = false;
      else doc.push(line);
      continue;
    }
    const aliasMatch = /^export declare type I\w+ = (.+);$/.exec(line);
    if (aliasMatch && properties === null) {
      description = jsdoc(doc);
      alias = aliasMatch[1]!;
      break;
    }
    if (/^export interface I\w+/.test(line)) {
      description = jsdoc(doc);
      properties = [];
      doc = [];
      for (i++; i < lines.length && lines[i] !== '}'; i++) {
        const l = lines[i]!;
        if (/^\s*\/\*\*/.test(l)) {
          doc = [];
          for (i++; !/^\s*\*\//.test(lines[i]!); i++) doc.push(lines[i]!);
          continue;
        }
        const p = /^ {4}"([^"]+)"(\??): (.*)$/.exec(l);
        if (!p) continue;
        let type = p[3]!;
        // A map type spans lines until its closing brace.
        while (!type.endsWith(';') || (type.split('{').length > type.split('}').length && i < lines.length))
          type += ` ${lines[++i]!.trim()}`;
        properties.push({
          name: p[1]!,
          optional: p[2] === '?',
          type: type.slice(0, -1),
          description: jsdoc(doc),
        });
        doc = [];
      }
      break;
    }
  }
  return { description, properties, alias, imports, file };
}

/** Which properties the compiled validator checks as integers (`type:"integer"`). */
function integerProperties(file: string): Set<string> {
  const base = file.startsWith(APIMACHINERY) ? APIMACHINERY : MODELS;
  const name = schemaName(file)
    .split('.')
    .map((s) => (s[0] ?? '').toUpperCase() + s.slice(1))
    .join('');
  let code: string;
  try {
    code = readFileSync(join(base, '_schemas', `${name}.js`), 'utf8');
  } catch {
    return new Set();
  }
  const bodies = new Map<string, string>();
  for (const part of code.split(/function (?=validate\d+\()/)) {
    const fn = /^(validate\d+)\(/.exec(part);
    if (fn) bodies.set(fn[1]!, part);
  }
  const out = new Set<string>();
  for (const m of code.matchAll(/void 0===data(?:\.(\w+)|\["([^"]+)"\])\|\|(validate\d+)\(/g))
    if (/type:"integer"/.test(bodies.get(m[3]!) ?? '')) out.add(m[1] ?? m[2]!);
  return out;
}

/** Reads the schemas reachable from the given kinds into `schemas`, keyed by dotted name. */
export class ModelSchemas {
  readonly schemas: Record<string, Json> = {};
  private typeMeta: { apiVersion: string; kind: string } | null = null;

  /** The schema name of a served kind, reading it (and what it reaches) on first use; null if not modelled. */
  kind(r: ApiResource): string | null {
    const dir = r.group === '' ? r.version : `${r.group}/${r.version}`;
    const file = join(MODELS, dir, r.kind);
    try {
      this.read(file);
    } catch {
      return null;
    }
    const name = schemaName(file);
    this.schemas[name]!['x-kubernetes-group-version-kind'] = [
      { group: r.group, kind: r.kind, version: r.version },
    ];
    return name;
  }

  private read(file: string): string {
    const name = schemaName(file);
    if (this.schemas[name]) return name;
    const d = readDeclaration(file);
    const schema: Json = {};
    this.schemas[name] = schema;
    if (d.description) schema.description = d.description;
    if (d.properties === null) {
      Object.assign(schema, this.aliasSchema(name, d.alias));
      return name;
    }
    schema.type = 'object';
    const integers = integerProperties(file);
    const properties: Json = {};
    const required: string[] = [];
    for (const p of d.properties) {
      // A kind's own apiVersion and kind (TypeMeta) are optional strings without a description there.
      const typeMeta = (p.name === 'apiVersion' || p.name === 'kind') && p.type.startsWith('"');
      const description = typeMeta ? this.meta()[p.name as 'kind'] : p.description;
      const field = typeMeta ? { type: 'string' } : this.field(p.type, d, integers.has(p.name));
      properties[p.name] = description ? this.describe(field, description) : field;
      if (!p.optional && !typeMeta) required.push(p.name);
    }
    schema.properties = properties;
    if (required.length) schema.required = required;
    return name;
  }

  private aliasSchema(name: string, alias: string): Json {
    if (name.endsWith('.IntOrString'))
      return { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] };
    if (alias.includes('|')) return { oneOf: [{ type: 'string' }, { type: 'number' }] };
    if (alias === 'string')
      return name.endsWith('Time') ? { type: 'string', format: 'date-time' } : { type: 'string' };
    return { type: 'object' };
  }

  /** A described field: a `$ref` is wrapped in `allOf`, as kube-openapi writes it. */
  private describe(field: Json, description: string): Json {
    if (field.$ref) return { allOf: [field], description, default: {} };
    return { ...field, description };
  }

  private field(type: string, d: Declaration, integer: boolean): Json {
    type = type.trim();
    const array = /^Array<(.+)>$/.exec(type);
    if (array) return { type: 'array', items: this.item(this.field(array[1]!, d, integer)) };
    const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
    if (map) return { type: 'object', additionalProperties: this.item(this.field(map[1]!, d, integer)) };
    if (/^"[^"]*"( \| "[^"]*")*$/.test(type))
      return { type: 'string', enum: type.split(' | ').map((s) => JSON.parse(s) as string) };
    if (type === 'string' || type === 'boolean') return { type };
    if (type === 'number') return integer ? { type: 'integer', format: 'int32' } : { type: 'number' };
    const from = d.imports.get(type);
    if (from) return { $ref: `#/components/schemas/${this.read(from)}` };
    return { type: 'object' };
  }

  private item(schema: Json): Json {
    if (schema.$ref) return { allOf: [schema], default: {} };
    return schema.type === 'string' && !schema.enum ? { ...schema, default: '' } : schema;
  }

  private meta(): { apiVersion: string; kind: string } {
    if (!this.typeMeta) {
      const status = readDeclaration(join(APIMACHINERY, 'apis/meta/v1/Status'));
      const text = (n: string) => status.properties?.find((p) => p.name === n)?.description ?? '';
      this.typeMeta = { apiVersion: text('apiVersion'), kind: text('kind') };
    }
    return this.typeMeta;
  }
}
