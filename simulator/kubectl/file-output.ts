/**
 * How `create -f` and `apply -f` print each object they wrote: `pod/x created` without `-o`; with `-o` the
 * object the server answered, through the printer kubectl's PrintFlags picked (k8s.io/cli-runtime
 * genericclioptions PrintFlags.ToPrinter): `-o name` prints `pod/x`, `-o yaml` each object after a `---`
 * line but the first (printers.YAMLPrinter), `-o json` and `-o jsonpath=…` each object as it comes.
 */
import type { Language } from '../../core/index.ts';
import { groupVersion, type ApiResource } from '../kube-api/resource-table.ts';
import type { Json } from '../kube-api/object-meta.ts';
import { say } from './console-messages.ts';
import { runJsonPath } from './jsonpath.ts';
import { printJson, printYaml } from './print-object.ts';

/** The formats kubectl's printer takes after create and apply that the console does not print. */
const NOT_PRINTED = [
  'go-template',
  'go-template-file',
  'jsonpath-as-json',
  'jsonpath-file',
  'template',
  'templatefile',
];

/** Prints one written object: its resource, the server's answer, its `kind/name` label and kubectl's verb. */
export type ObjectPrinter = (
  r: ApiResource,
  object: Json,
  label: string,
  verb: string,
) => { stdout?: string; stderr?: string };

/**
 * The printer for `-o` (undefined: none), or the error kubectl gives before writing anything: its own for a
 * format it has no printer for, the console's note for one kubectl prints and the console does not.
 */
export function objectPrinter(output: string | undefined, lang: Language): ObjectPrinter | { error: string } {
  const format = output?.split('=')[0];
  if (output === undefined) return (_r, _o, label, verb) => ({ stdout: `${label} ${verb}\n` });
  if (format !== undefined && NOT_PRINTED.includes(format))
    return { error: say(lang, 'fileOutputHere', { output }) };
  if (!['yaml', 'json', 'name'].includes(output) && format !== 'jsonpath')
    return {
      error: `error: unable to match a printer suitable for the output format "${output}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`,
    };
  let printed = 0;
  return (r, object, label) => {
    const typed = { ...object, apiVersion: groupVersion(r), kind: r.kind };
    printed++;
    if (output === 'name') return { stdout: `${label}\n` };
    if (output === 'json') return { stdout: printJson(typed) };
    if (output === 'yaml') return { stdout: (printed > 1 ? '---\n' : '') + printYaml(typed) };
    const result = runJsonPath(output.slice(output.indexOf('=') + 1), JSON.parse(JSON.stringify(typed)));
    return 'error' in result ? { stderr: result.error } : { stdout: result.out };
  };
}
