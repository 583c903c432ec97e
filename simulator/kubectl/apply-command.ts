/**
 * `kubectl apply -f FILE` as the client does it (k8s.io/kubectl/pkg/cmd/apply): GET the object; create it
 * with the `last-applied-configuration` annotation when it is missing; otherwise compute the three-way patch
 * (last applied, the file, the live object) and send it as a strategic merge patch, or print `unchanged`
 * when it is empty. Also `delete -f` and `create -f`.
 */
import { parseAllDocuments } from 'yaml';
import type { KubectlResult } from '../api-types.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import {
  API_RESOURCES,
  groupResource,
  groupVersion,
  qualifiedName,
  type ApiResource,
} from '../kube-api/resource-table.ts';
import { deletedLine, type DeleteGrace } from './delete-grace.ts';
import { fail, isStatusError, serverError, type KubectlContext } from './command-context.ts';
import { objectPrinter, type ObjectPrinter } from './file-output.ts';
import { parseBool } from './parse-args.ts';
import { sortKeys } from './print-object.ts';
import { mergeKeyFor } from '../kube-api/merge-patch.ts';
import type { StatusError } from '../kube-api/status-error.ts';
import type { FieldValidation, WriteOptions } from '../kube-api/kube-api.ts';

/** Go's json.Marshal of a map: sorted keys, no spaces, HTML characters escaped. */
const compactJson = (v: unknown): string =>
  JSON.stringify(sortKeys(v)).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** The objects of a file, or kubectl's error for a missing path. */
export function readObjects(ctx: KubectlContext): { file: string; objects: Json[] } | { error: string } {
  const file = ctx.args.flags.get('filename');
  if (!file) return { error: 'error: must specify one of -f and -k' };
  const text = ctx.files[file] ?? ctx.files[file.replace(/^\.\//, '')];
  if (text === undefined) return { error: `error: the path "${file}" does not exist` };
  const objects: Json[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) return { error: `error: error parsing ${file}: ${doc.errors[0]!.message}` };
    const value: unknown = doc.toJS();
    if (isJson(value)) objects.push(value);
  }
  return { file, objects };
}

/** The resource serving an object's apiVersion and kind, or kubectl's "resource mapping not found". */
function mapping(o: Json, file: string): ApiResource | string {
  const r = API_RESOURCES.find((x) => groupVersion(x) === o.apiVersion && x.kind === o.kind);
  if (r) return r;
  const meta = isJson(o.metadata) ? o.metadata : {};
  return `error: resource mapping not found for name: "${String(meta.name ?? '')}" namespace: "${String(meta.namespace ?? '')}" from "${file}": no matches for kind "${String(o.kind)}" in version "${String(o.apiVersion)}"\nensure CRDs are installed first`;
}

/** The three-way patch: fields of `modified` that differ from `current`, nulls for fields dropped since `original`. */
export function threeWayPatch(original: unknown, modified: unknown, current: unknown): Json {
  const out: Json = {};
  const m = isJson(modified) ? modified : {};
  const c = isJson(current) ? current : {};
  const o = isJson(original) ? original : {};
  for (const [k, v] of Object.entries(m)) {
    if (isJson(v) && isJson(c[k])) {
      const sub = threeWayPatch(o[k], v, c[k]);
      if (Object.keys(sub).length) out[k] = sub;
    } else if (Array.isArray(v) && Array.isArray(c[k]) && v.every(isJson)) {
      const key = mergeKeyFor(k, [...v, ...(c[k] as unknown[])]);
      if (!key) {
        if (JSON.stringify(v) !== JSON.stringify(c[k])) out[k] = v;
        continue;
      }
      const cur = (c[k] as unknown[]).filter(isJson);
      const orig = Array.isArray(o[k]) ? (o[k] as unknown[]).filter(isJson) : [];
      const changed: Json[] = [];
      for (const item of v as Json[]) {
        const live = cur.find((x) => x[key] === item[key]);
        const sub = threeWayPatch(
          orig.find((x) => x[key] === item[key]),
          item,
          live ?? {},
        );
        if (!live || Object.keys(sub).length) changed.push({ ...sub, [key]: item[key] });
      }
      const sameOrder =
        JSON.stringify(cur.map((x) => x[key])) === JSON.stringify((v as Json[]).map((x) => x[key]));
      if (changed.length || !sameOrder) {
        out[`$setElementOrder/${k}`] = (v as Json[]).map((x) => ({ [key]: x[key] }));
        if (changed.length) out[k] = changed;
      }
    } else if (JSON.stringify(v) !== JSON.stringify(c[k])) out[k] = v;
  }
  for (const k of Object.keys(o)) if (!(k in m) && k in c) out[k] = null;
  return out;
}

function withLastApplied(o: Json, namespace: string | null): Json {
  const meta: Json = { ...(isJson(o.metadata) ? o.metadata : {}) };
  if (namespace !== null) meta.namespace = namespace;
  const annotations: Json = { ...(isJson(meta.annotations) ? meta.annotations : {}) };
  delete annotations[LAST_APPLIED];
  const recorded = { ...o, metadata: { ...meta, annotations } };
  const text = JSON.stringify(sortKeys(recorded)) + '\n';
  return { ...o, metadata: { ...meta, annotations: { ...annotations, [LAST_APPLIED]: text } } };
}

/** One object of a file, its resource, name and namespace. */
interface FileObject {
  o: Json;
  r: ApiResource;
  name: string;
  ns: string | null;
}

/** Runs `each` on every object of the `-f` file; a kind the server does not serve is reported and skipped. */
function forEachObject(
  ctx: KubectlContext,
  each: (
    object: FileObject,
    file: string,
    write: WriteOptions,
    print: ObjectPrinter,
  ) => { stdout?: string; stderr?: string },
): KubectlResult {
  // kubectl picks its printer before it reads the file: a bad -o writes nothing.
  const print = objectPrinter(ctx.args.flags.get('output'), ctx.lang);
  if ('error' in print) return fail(print.error);
  const validation = fieldValidation(ctx.args.flags.get('validate'));
  if (validation === null)
    return fail(
      `error: invalid - validate option "${ctx.args.flags.get('validate')}"; must be one of: strict (or true), warn, ignore (or false)`,
    );
  const read = readObjects(ctx);
  if ('error' in read) return fail(read.error);
  let stdout = '';
  let stderr = '';
  for (const o of read.objects) {
    const r = mapping(o, read.file);
    if (typeof r === 'string') {
      stderr += r + '\n';
      continue;
    }
    const meta = isJson(o.metadata) ? o.metadata : {};
    const ns = r.namespaced ? String(meta.namespace ?? ctx.namespace) : null;
    const write: WriteOptions = { fieldValidation: validation, warnings: [], lang: ctx.lang };
    const out = each({ o, r, name: String(meta.name ?? ''), ns }, read.file, write, print);
    // kubectl prints the apiserver's Warning headers as they arrive, before the object's line.
    stderr += write.warnings!.map((w) => `Warning: ${w}\n`).join('');
    stdout += out.stdout ?? '';
    stderr += out.stderr ?? '';
  }
  return { stdout, stderr, exitCode: /^(?!Warning: ).+/m.test(stderr) ? 1 : 0 };
}

/**
 * `--validate`: strict (the default, and a bare `--validate`), warn, ignore, or any strconv.ParseBool value
 * (true = strict, false = ignore); null for anything else (kubectl cmd/util GetValidationDirective).
 */
function fieldValidation(flag: string | undefined): FieldValidation | null {
  if (flag === undefined || flag === 'strict') return 'Strict';
  if (flag === 'warn') return 'Warn';
  if (flag === 'ignore') return 'Ignore';
  const b = parseBool(flag);
  return b === null ? null : b ? 'Strict' : 'Ignore';
}

/** kubectl's line for a server error while acting on a file's object. */
const fileError = (e: StatusError, when: string, file: string): string =>
  serverError({
    ...e,
    body: { ...e.body, message: `error when ${when} "${file}": ${String(e.body.message)}` },
  }) + '\n';

/** `kubectl apply -f FILE`. */
export function runApply(ctx: KubectlContext): KubectlResult {
  return forEachObject(ctx, ({ o, r, name, ns }, file, write, print) => {
    // kubectl refuses a nameless object with generateName before any request (cmd/apply/apply.go applyOneObject).
    const generateName = isJson(o.metadata) ? o.metadata.generateName : undefined;
    if (!name && typeof generateName === 'string' && generateName)
      return { stderr: `error: from ${generateName}: cannot use generate name with apply\n` };
    const modified = withLastApplied(o, ns);
    const live = ctx.api.get(r.resource, ns, name);
    const label = `${qualifiedName(r)}/${name}`;
    if (!live) {
      // kubectl sends the object as JSON with sorted keys; the same bytes give the same pod-template-hash.
      const created = ctx.api.create(r, ns, sortKeys(modified), write);
      return isStatusError(created)
        ? { stderr: fileError(created, 'creating', file) }
        : print(r, created, label, 'created');
    }
    const liveMeta = live.metadata as Json;
    const lastText = isJson(liveMeta.annotations) ? liveMeta.annotations[LAST_APPLIED] : undefined;
    const original: unknown = typeof lastText === 'string' ? JSON.parse(lastText) : {};
    // kubectl warns, then patches the annotation in (cmd/apply/apply.go warningNoLastAppliedConfigAnnotation).
    const warning =
      typeof lastText === 'string'
        ? ''
        : `Warning: resource ${r.resource}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;
    const patch = threeWayPatch(original, modified, live);
    if (Object.keys(patch).length === 0) return print(r, live, label, 'unchanged');
    const printed = patchAndPrint(ctx, { o, r, name, ns }, file, write, print, patch);
    return { ...printed, stderr: warning + (printed.stderr ?? '') };
  });
}

/** Sends apply's patch and prints the object (or kubectl's error around the patch). */
function patchAndPrint(
  ctx: KubectlContext,
  { r, name, ns }: FileObject,
  file: string,
  write: WriteOptions,
  print: ObjectPrinter,
  patch: Json,
): { stdout?: string; stderr?: string } {
  const label = `${qualifiedName(r)}/${name}`;
  const result = ctx.api.patch(r, ns, name, 'application/strategic-merge-patch+json', sortKeys(patch), write);
  if (!isStatusError(result)) return print(r, result, label, 'configured');
  // Go's GroupVersionResource/Kind String() always joins group + "/" + version: "/v1" for the core group.
  const gv = `${r.group}/${r.version}`;
  return {
    stderr:
      `Error from server (${String(result.body.reason)}): error when applying patch:\n${compactJson(patch)}\nto:\n` +
      `Resource: "${gv}, Resource=${r.resource}", GroupVersionKind: "${gv}, Kind=${r.kind}"\n` +
      `Name: "${name}", Namespace: "${ns ?? ''}"\nfor: "${file}": error when patching "${file}": ${String(result.body.message)}\n`,
  };
}

/** `kubectl delete -f FILE`. */
export function runDeleteFile(ctx: KubectlContext, grace: DeleteGrace): KubectlResult {
  return forEachObject(ctx, ({ r, name, ns }, file) => {
    const result = ctx.api.delete(r, ns, name, {
      lang: ctx.lang,
      gracePeriodSeconds: grace.gracePeriodSeconds,
    });
    return isStatusError(result)
      ? { stderr: fileError(result, 'deleting', file) }
      : { stdout: deletedLine(r, name, grace) };
  });
}

/** `kubectl create -f FILE`. */
export function runCreateFile(ctx: KubectlContext): KubectlResult {
  return forEachObject(ctx, ({ o, r, ns }, file, write, print) => {
    const result = ctx.api.create(r, ns, o, write);
    // The name the apiserver gave (generateName's draw when the file has no name).
    return isStatusError(result)
      ? { stderr: fileError(result, 'creating', file) }
      : print(r, result, `${qualifiedName(r)}/${String((result.metadata as Json).name)}`, 'created');
  });
}

/** For callers that print NotFound the apiserver's way. */
export const notFoundLine = (r: ApiResource, name: string): string =>
  `Error from server (NotFound): ${groupResource(r)} "${name}" not found`;
