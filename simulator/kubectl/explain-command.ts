/**
 * `kubectl explain TYPE[.FIELD…] [--recursive]` over the served OpenAPI v3 document of the type's group
 * version, printed as kubectl's plaintext template prints it (k8s.io/kubectl pkg/explain/v2/templates/
 * plaintext.tmpl: GROUP/KIND/VERSION, FIELD with its type guess and ENUM, DESCRIPTION wrapped at 76 and
 * indented 4, FIELDS sorted by name, `-required-`, `enum:` up to 4 values; cycles stop at a `$ref` already
 * followed). The document comes from the API view (`KubeApi.openApiDocument`); a console without one says so.
 */
import type { KubectlResult } from '../api-types.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import { findApiResource, type ApiResource } from '../kube-api/resource-table.ts';
import { fail, ok, type KubectlContext } from './command-context.ts';
import { say } from './console-messages.ts';

/** Greedy word wrap at `limit` columns, as github.com/mitchellh/go-wordwrap's WrapString does (kubectl's `wrap`). */
export function wordWrap(text: string, limit: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  for (const ch of text) {
    if (ch === '\n') {
      if (word === '') {
        if (current + space.length <= limit) out += space;
      } else out += space + word;
      out += ch;
      current = 0;
      space = '';
      word = '';
    } else if (/\s/.test(ch) && ch !== '\u00a0') {
      if (space === '' || word !== '') {
        current += space.length + word.length;
        out += space + word;
        space = '';
        word = '';
      }
      space += ch;
    } else {
      word += ch;
      if (current + space.length + word.length > limit && word.length < limit) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word === '') {
    if (current + space.length <= limit) out += space;
  } else out += space + word;
  return out;
}

const indent = (n: number, text: string): string => {
  const pad = ' '.repeat(n);
  return pad + text.replaceAll('\n', `\n${pad}`);
};

type Schema = Json;

class Explainer {
  constructor(private readonly doc: Json) {}

  resolve(ref: unknown): Schema | null {
    if (typeof ref !== 'string' || !ref.startsWith('#')) return null;
    let cur: unknown = this.doc;
    for (const k of ref.slice(1).split('/')) {
      if (!k) continue;
      if (!isJson(cur) || !isJson(cur[k])) return null;
      cur = cur[k];
    }
    return cur as Schema;
  }

  private allOf(s: Schema): Schema[] {
    return Array.isArray(s.allOf) ? s.allOf.filter(isJson) : [];
  }

  private mapValue(s: Schema): Schema | null {
    return isJson(s.additionalProperties) ? s.additionalProperties : null;
  }

  typeGuess(s: Schema): string {
    if (isJson(s.items)) return `[]${this.typeGuess(s.items)}`;
    const map = this.mapValue(s);
    if (map) return `map[string]${this.typeGuess(map)}`;
    const allOf = this.allOf(s);
    if (allOf.length === 1 && !s.properties) return this.typeGuess(allOf[0]!);
    if (typeof s.$ref === 'string') {
      const target = this.resolve(s.$ref);
      if (!target || !target.type || target.type === 'object')
        return s.$ref.split('/').pop()!.split('.').pop() || 'Object';
      return String(target.type);
    }
    return s.type === 'object' ? 'Object' : typeof s.type === 'string' && s.type ? s.type : 'Object';
  }

  enumText(s: Schema, long: boolean, limit: number, indentAmount = 0): string {
    if (!Array.isArray(s.enum) || s.enum.length === 0) return '';
    let out = long ? 'ENUM:' : `\n${' '.repeat(indentAmount)}enum: `;
    for (const [i, value] of s.enum.entries()) {
      if (limit > -1 && i >= limit) {
        out += ', ....';
        break;
      }
      if (i > 0 && !long) out += ', ';
      else if (long) out += '\n    ';
      out += value === '' ? '""' : String(value);
    }
    return out;
  }

  description(s: Schema): string {
    const r = this.resolve(s.$ref) ?? s;
    let out = typeof r.description === 'string' && r.description ? `${r.description}\n` : '';
    for (const sub of this.allOf(r)) out += this.description(sub);
    if (isJson(r.items)) out += this.description(r.items);
    const map = this.mapValue(r);
    if (map) out += this.description(map);
    return out;
  }

  fieldDetail(owner: Schema, name: string, short: boolean, level: number): string {
    const field = (owner.properties as Json)[name] as Schema;
    const pad = level * 2;
    const required = Array.isArray(owner.required) && owner.required.includes(name);
    let out = `${indent(pad, name)}\t<${this.typeGuess(field)}>${required ? ' -required-' : ''}`;
    out += `${this.enumText(field, false, 4, pad)}\n`;
    if (short) return out;
    const text =
      typeof field.description === 'string' && field.description ? field.description : '<no description>';
    out += `${indent(pad + 2, wordWrap(text, 78 - pad))}\n\n`;
    return out;
  }

  fieldList(s: Schema, level: number, recursive: boolean, history: Set<string>): string {
    const ref = typeof s.$ref === 'string' ? s.$ref : '';
    if (ref && history.has(ref)) return '';
    const next = new Set(history).add(ref);
    const r = this.resolve(ref) ?? s;
    let out = '';
    const properties = isJson(r.properties) ? r.properties : {};
    for (const name of Object.keys(properties).sort()) {
      out += this.fieldDetail(r, name, recursive, level);
      if (recursive) out += this.fieldList(properties[name] as Schema, level + 1, recursive, next);
    }
    for (const sub of this.allOf(r)) out += this.fieldList(sub, level, recursive, next);
    if (isJson(r.items)) out += this.fieldList(r.items, level, recursive, next);
    const map = this.mapValue(r);
    if (map) out += this.fieldList(map, level, recursive, next);
    return out;
  }

  output(s: Schema, path: string[], recursive: boolean, history: Set<string>): string {
    const ref = typeof s.$ref === 'string' ? s.$ref : '';
    const next = new Set(history).add(ref);
    const r = this.resolve(ref) ?? s;
    if (path.length === 0) {
      let out = `DESCRIPTION:\n${indent(4, wordWrap(this.description(r) || '<empty>', 76))}\n`;
      const fields = this.fieldList(r, 1, recursive, new Set());
      if (fields) out += `FIELDS:\n${fields}`;
      return out;
    }
    if (ref && history.has(ref)) return '';
    const properties = isJson(r.properties) ? r.properties : null;
    if (properties && isJson(properties[path[0]!])) {
      const sub = properties[path[0]!] as Schema;
      let out = '';
      if (path.length === 1)
        out += `FIELD: ${path[0]} <${this.typeGuess(sub)}>\n${this.enumText(sub, true, -1)}\n\n`;
      return out + this.output(sub, path.slice(1), recursive, new Set());
    }
    if (isJson(r.items)) return this.output(r.items, path, recursive, next);
    const map = this.mapValue(r);
    if (map) return this.output(map, path, recursive, next);
    for (const sub of this.allOf(r)) {
      const out = this.output(sub, path, recursive, next);
      if (out) return out;
    }
    return '';
  }
}

const gvPath = (r: ApiResource): string => (r.group ? `apis/${r.group}/${r.version}` : `api/${r.version}`);

/** `kubectl explain`. */
export function runExplain(ctx: KubectlContext): KubectlResult {
  const [type = '', ...path] = (ctx.words[0] ?? '').split('.');
  if (!type)
    return fail(
      'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.',
    );
  // The longest prefix naming a resource wins, so `deployments.apps.spec` is apps' deployments
  // (kubectl's explain.SplitAndParseResourceRequestWithMatchingPrefix).
  let r: ApiResource | undefined;
  for (let i = path.length; !r && i >= 0; i--) {
    r = findApiResource([type, ...path.slice(0, i)].join('.'));
    if (r) path.splice(0, i);
  }
  if (!r) return fail(`the server doesn't have a resource type "${type}"`);
  const doc = ctx.api.openApiDocument(gvPath(r));
  if (!doc) return fail(say(ctx.lang, 'noSchemas'));
  const explainer = new Explainer(doc);
  const schemas = isJson(doc.components) && isJson(doc.components.schemas) ? doc.components.schemas : {};
  const gvk = { group: r.group, kind: r.kind, version: r.version };
  const name = Object.keys(schemas)
    .sort()
    .find((n) => {
      const list = (schemas[n] as Schema)['x-kubernetes-group-version-kind'];
      return Array.isArray(list) && list.some((g) => JSON.stringify(g) === JSON.stringify(gvk));
    });
  if (!name) return fail(`error: GVK ${r.group}/${r.version}, Kind=${r.kind} not found in OpenAPI schema`);
  const body = explainer.output(schemas[name] as Schema, path, ctx.args.flags.has('recursive'), new Set());
  const head = `${r.group ? `GROUP:      ${r.group}\n` : ''}KIND:       ${r.kind}\nVERSION:    ${r.version}\n\n`;
  // The template has printed the header when it finds the field missing.
  if (!body) return { ...fail(`error: field "${path[path.length - 1]}" does not exist`), stdout: head };
  return ok(`${head}${body}\n`);
}
