/**
 * `kubectl get` over the API view: the same objects and server-side printers `faaslab sim serve` gives the
 * real kubectl, printed as kubectl prints them (tables, `-o wide|name|yaml|json|jsonpath=…|custom-columns=…`,
 * `-l`, `--field-selector`, `-A`, `--show-labels`, several types at once, `all`).
 */
import type { KubectlResult } from '../api-types.ts';
import type { KubeApi } from '../kube-api/kube-api.ts';
import { isJson, type Json } from '../kube-api/object-meta.ts';
import {
  findApiResource,
  groupVersion,
  qualifiedName,
  groupResource,
  type ApiResource,
} from '../kube-api/resource-table.ts';
import { parseFieldSelector, parseLabelSelector, selectorsMatch } from '../kube-api/selectors.ts';
import { onSimulationChange } from '../kube-api/simulation-changes.ts';
import { KIND_PRINTERS } from '../kube-api/table-printers.ts';
import { fail } from './command-context.ts';
import { runJsonPath } from './jsonpath.ts';
import type { KubectlArgs } from './parse-args.ts';
import { listOf, printJson, printYaml } from './print-object.ts';
import { tabwrite, tableRows } from './print-table.ts';

/** The resources `get all` lists (the `all` category), in kubectl's order. */
const ALL = ['pods', 'services', 'daemonsets', 'deployments', 'replicasets'];

/** A type/name request parsed from the words after `get`. */
export interface GetTarget {
  resource: ApiResource;
  names: string[];
}

/** Parses `pods`, `pods,svc`, `pod/x deploy/y`, `all` into targets; an unknown word is kubectl's error. */
export function parseTargets(
  words: string[],
): { targets: GetTarget[]; multipleTypes: boolean } | { error: string } {
  const first = words[0] ?? '';
  if (words.some((w) => w.includes('/'))) {
    const targets: GetTarget[] = [];
    for (const w of words) {
      const [type = '', name = ''] = w.split('/');
      const r = findApiResource(type);
      if (!r) return { error: `error: the server doesn't have a resource type "${type}"` };
      const same = targets.find((t) => t.resource === r);
      if (same) same.names.push(name);
      else targets.push({ resource: r, names: [name] });
    }
    return { targets, multipleTypes: targets.length > 1 };
  }
  const types = first === 'all' ? ALL : first.split(',');
  const targets: GetTarget[] = [];
  for (const t of types) {
    const r = findApiResource(t);
    if (!r) return { error: `error: the server doesn't have a resource type "${t}"` };
    targets.push({ resource: r, names: words.slice(1) });
  }
  return { targets, multipleTypes: first === 'all' || types.length > 1 };
}

/** Objects of a target, filtered by selectors; missing names become NotFound lines. */
function fetch(
  api: KubeApi,
  t: GetTarget,
  namespace: string,
  all: boolean,
  selected: (o: Json) => boolean,
): { objects: Json[]; missing: string[] } {
  const ns = t.resource.namespaced ? (all ? null : namespace) : null;
  if (t.names.length > 0) {
    const objects: Json[] = [];
    const missing: string[] = [];
    for (const name of t.names) {
      const o = api.get(t.resource.resource, ns, name);
      if (o) objects.push(o);
      else missing.push(`Error from server (NotFound): ${groupResource(t.resource)} "${name}" not found\n`);
    }
    return { objects, missing };
  }
  return {
    objects: api.list(t.resource.resource, ns).filter(selected),
    missing: [],
  };
}

const withKind = (r: ApiResource, o: Json): Json => ({ ...o, apiVersion: groupVersion(r), kind: r.kind });

/** Runs `kubectl get WORDS` with the parsed flags. */
export function runGet(api: KubeApi, words: string[], args: KubectlArgs, namespace: string): KubectlResult {
  if (words.length === 0)
    return fail(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples',
    );
  const parsed = parseTargets(words);
  if ('error' in parsed) return fail(parsed.error);
  const all = args.flags.has('all-namespaces');
  const labels = parseLabelSelector(args.flags.get('selector') ?? '');
  if ('error' in labels) return fail(`error: ${labels.error}`);
  const fields = parseFieldSelector(args.flags.get('field-selector') ?? '');
  if ('error' in fields) return fail(`Error from server (BadRequest): ${fields.error}`);
  const selected = (o: Json): boolean => selectorsMatch(o, labels, fields);
  const output = args.flags.get('output') ?? '';
  const fetched = parsed.targets.map((t) => ({ t, ...fetch(api, t, namespace, all, selected) }));
  const warnings = [
    ...new Set(
      parsed.targets.flatMap((t) => (t.resource.warning ? [`Warning: ${t.resource.warning}\n`] : [])),
    ),
  ];
  const stderr = warnings.join('') + fetched.flatMap((f) => f.missing).join('');
  const objects = fetched.flatMap((f) => f.objects.map((o) => ({ r: f.t.resource, o })));
  const exitCode = fetched.some((f) => f.missing.length) ? 1 : 0;
  const singleItem = !parsed.multipleTypes && parsed.targets[0]!.names.length === 1;
  const data = (): unknown =>
    singleItem && objects.length === 1
      ? withKind(objects[0]!.r, objects[0]!.o)
      : listOf(objects.map(({ r, o }) => withKind(r, o)));
  if (output === 'yaml' || output === 'json') {
    if (singleItem && objects.length === 0) return { stdout: '', stderr, exitCode };
    return { stdout: output === 'json' ? printJson(data()) : printYaml(data()), stderr, exitCode };
  }
  if (output === 'name')
    return {
      stdout: objects
        .map(({ r, o }) => `${qualifiedName(r)}/${String((o.metadata as Json).name)}\n`)
        .join(''),
      stderr,
      exitCode,
    };
  if (output.startsWith('jsonpath=') || output.startsWith('jsonpath-as-json=')) {
    if (singleItem && objects.length === 0) return { stdout: '', stderr, exitCode };
    const result = runJsonPath(output.slice(output.indexOf('=') + 1), JSON.parse(JSON.stringify(data())));
    return 'error' in result
      ? { stdout: '', stderr: stderr + result.error, exitCode: 1 }
      : { stdout: result.out, stderr, exitCode };
  }
  if (output.startsWith('custom-columns='))
    return customColumns(
      output.slice('custom-columns='.length),
      objects.map((x) => x.o),
      stderr,
      exitCode,
    );
  if (output !== '' && output !== 'wide')
    return fail(
      `error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
    );
  if (objects.length === 0) {
    if (exitCode) return { stdout: '', stderr, exitCode };
    const namespaced = parsed.targets.some((t) => t.resource.namespaced);
    return {
      stdout: '',
      stderr:
        stderr +
        (namespaced && !all ? `No resources found in ${namespace} namespace.\n` : 'No resources found\n'),
      exitCode: 0,
    };
  }
  const tables: string[] = [];
  for (const f of fetched) {
    if (f.objects.length === 0) continue;
    const printer = KIND_PRINTERS[f.t.resource.kind];
    if (!printer) continue;
    tables.push(
      tabwrite(
        tableRows(printer, f.objects, api.nowMs(), {
          wide: output === 'wide',
          withNamespace: all && f.t.resource.namespaced,
          showLabels: args.flags.has('show-labels'),
          kindPrefix: parsed.multipleTypes ? qualifiedName(f.t.resource) : null,
          noHeaders: args.flags.has('no-headers'),
        }),
      ),
    );
  }
  const result: KubectlResult = { stdout: tables.join('\n'), stderr, exitCode };
  if (args.flags.has('watch') && parsed.targets.length === 1 && !parsed.multipleTypes)
    result.watch = watchRows(api, parsed.targets[0]!, namespace, all, selected, output === 'wide');
  return result;
}

/** `get -w`: each later change of a matching object prints its row (no header), as kubectl's watch does. */
function watchRows(
  api: KubeApi,
  t: GetTarget,
  namespace: string,
  all: boolean,
  selected: (o: Json) => boolean,
  wide: boolean,
): (emit: (text: string) => void) => () => void {
  return (emit) => {
    const printer = KIND_PRINTERS[t.resource.kind];
    const stopApi = api.watch((events) => {
      if (!printer) return;
      const objects = events
        .filter((e) => e.resource === t.resource.resource && e.type !== 'DELETED')
        .map((e) => e.object)
        .filter((o) => {
          const m = o.metadata as Json;
          return (
            (!t.resource.namespaced || all || m.namespace === namespace) &&
            (t.names.length === 0 || t.names.includes(String(m.name))) &&
            selected(o)
          );
        });
      if (objects.length === 0) return;
      const rows = tableRows(printer, objects, api.nowMs(), {
        wide,
        withNamespace: all && t.resource.namespaced,
        showLabels: false,
        kindPrefix: null,
        noHeaders: true,
      });
      emit(tabwrite(rows));
    });
    // The simulation moves on its own clock: every change refreshes the API view, which wakes the watch (a
    // tick that changed nothing finds the view's build standing, and costs no snapshot).
    const stopSim = onSimulationChange(api.sim, () => void api.refresh());
    return () => {
      stopApi();
      stopSim();
    };
  };
}

/** `-o custom-columns=HEADER:.path,…`. */
function customColumns(spec: string, objects: Json[], stderr: string, exitCode: number): KubectlResult {
  const columns = spec.split(',').map((c) => {
    const i = c.indexOf(':');
    return { header: c.slice(0, i), path: c.slice(i + 1) };
  });
  if (columns.some((c) => !c.header || !c.path))
    return fail(`error: unexpected custom-columns spec: ${spec}, expected <header>:<json-path-expr>`);
  const rows = [columns.map((c) => c.header)];
  for (const o of objects)
    rows.push(
      columns.map((c) => {
        const r = runJsonPath(`{${c.path.startsWith('.') ? c.path : '.' + c.path}}`, o);
        return 'error' in r || r.out === '' ? '<none>' : r.out.split(' ').join(',');
      }),
    );
  return { stdout: tabwrite(rows), stderr, exitCode };
}

/** Is `v` an object with metadata? */
export const hasMetadata = (v: unknown): boolean => isJson(v) && isJson(v.metadata);
