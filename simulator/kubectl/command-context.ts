import type { Language } from '../../core/index.ts';
import type { KubectlResult, Simulation } from '../api-types.ts';
import type { KubeApi } from '../kube-api/kube-api.ts';
import { isJson } from '../kube-api/object-meta.ts';
import type { StatusError } from '../kube-api/status-error.ts';
import type { KubectlArgs } from './parse-args.ts';

/** What every console command receives. */
export interface KubectlContext {
  sim: Simulation;
  api: KubeApi;
  args: KubectlArgs;
  /** The words after the command name. */
  words: string[];
  namespace: string;
  /** The virtual file tree `apply -f`, `ls` and `cat` read. */
  files: Record<string, string>;
  /** The page's language, for the console's own messages (kubectl's output stays English). */
  lang: Language;
}

/** A console command: one file per group of commands, registered in run-kubectl.ts's table. */
export type KubectlCommand = (ctx: KubectlContext) => KubectlResult;

/** Success with stdout. */
export const ok = (stdout: string, stderr = ''): KubectlResult => ({ stdout, stderr, exitCode: 0 });

/**
 * Cobra's refusal of a flag the command does not have, named without its value (kubectl v1.32:
 * `Error: unknown flag: --bogus`).
 */
export const unknownFlag = (commandPath: string, token: string): KubectlResult =>
  fail(`Error: unknown flag: ${token.split('=')[0]}\nSee 'kubectl ${commandPath} --help' for usage.`);

/** Failure with stderr (newline added). */
export const fail = (stderr: string, exitCode = 1): KubectlResult => ({
  stdout: '',
  stderr: stderr.endsWith('\n') ? stderr : stderr + '\n',
  exitCode,
});

/**
 * kubectl's line for an apiserver Status error: `Error from server (NotFound): pods "x" not found`; an
 * Invalid one names the object and lists its causes instead (kubectl's cmdutil.CheckErr, MultilineError),
 * whatever message it carried (`error when creating "f.yaml": …` included).
 */
export function serverError(e: StatusError): string {
  const details = e.body.details;
  if (e.body.reason === 'Invalid' && isJson(details) && (details.kind || details.name)) {
    const head = `The ${String(details.kind ?? '')} "${String(details.name ?? '')}" is invalid`;
    const causes = (Array.isArray(details.causes) ? details.causes : [])
      .filter(isJson)
      .map((c) => `${String(c.field)}: ${String(c.message)}`);
    if (causes.length === 0) return head;
    return causes.length === 1
      ? `${head}: ${causes[0]}`
      : `${head}: \n${causes.map((c) => `* ${c}`).join('\n')}`;
  }
  return `Error from server (${String(e.body.reason)}): ${String(e.body.message)}`;
}

/** Is this an apiserver error value? */
export const isStatusError = (v: unknown): v is StatusError =>
  typeof v === 'object' && v !== null && 'code' in v && 'body' in v;
