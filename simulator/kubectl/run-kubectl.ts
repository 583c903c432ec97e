/**
 * The page's kubectl console: parses a command line and dispatches to one command function per verb. The
 * commands read and write through the Kubernetes API view (simulator/kube-api), the same objects and
 * printers `faaslab sim serve` gives a real kubectl, so the two print the same. Add a command by adding a
 * row to {@link COMMANDS}. `exec` reads its words raw (everything after `--` is the container's command),
 * so it is dispatched before flag parsing.
 */
import type { Language } from '../../core/index.ts';
import type { KubectlResult, Simulation } from '../api-types.ts';
import { editDistance } from '../importer/unknown-fields.ts';
import { kubeApiOf } from '../kube-api/kube-api.ts';
import { runApply, runCreateFile } from './apply-command.ts';
import { fail, ok, type KubectlCommand, type KubectlContext } from './command-context.ts';
import { runDescribe } from './describe-command.ts';
import { runExec } from './exec-command.ts';
import { runExplain } from './explain-command.ts';
import { runGet } from './get-command.ts';
import { runApiResources, runCat, runLogs, runLs, runTop, runVersion } from './info-commands.ts';
import { runCreate } from './create-command.ts';
import { runCreateSecret } from './create-secret.ts';
import { KUBECTL_COMMANDS, say } from './console-messages.ts';
import {
  runCordon,
  runDelete,
  runDrain,
  runExpose,
  runLabel,
  runScale,
  runSetImage,
} from './object-commands.ts';
import { anyCommandFlags, FLAG_PATHS, flagSetOf, isImplemented } from './command-flags.ts';
import { commandHelp, hasCommandHelp } from './command-help.ts';
import { parseArgs, tokenize, type KubectlArgs } from './parse-args.ts';
import { runRollout } from './rollout-command.ts';

/** Every console command by its first word. */
export const COMMANDS: Record<string, KubectlCommand> = {
  get: (c) => runGet(c.api, c.words, c.args, c.namespace),
  describe: runDescribe,
  apply: runApply,
  create: (c) =>
    c.args.flags.has('filename')
      ? runCreateFile(c)
      : c.words[0] === 'secret'
        ? runCreateSecret(c)
        : runCreate(c, false),
  run: (c) => runCreate(c, true),
  delete: runDelete,
  scale: runScale,
  rollout: runRollout,
  cordon: (c) => runCordon(c, true),
  uncordon: (c) => runCordon(c, false),
  drain: runDrain,
  label: runLabel,
  expose: runExpose,
  set: runSetImage,
  logs: runLogs,
  top: runTop,
  'api-resources': runApiResources,
  version: runVersion,
  explain: runExplain,
  ls: runLs,
  cat: runCat,
};

const COMMAND_LIST = ['exec', ...Object.keys(COMMANDS)].sort().join(' ');

/**
 * The command cobra names in its usage line: the command and the subcommand it ran (`create deploy` →
 * `create deployment`, `rollout status`, `top pods` → `top pod`); a word that is no subcommand is not named.
 */
function commandPath(command: string, words: readonly string[]): string {
  const subcommands = SUBCOMMANDS[command];
  const sub = words[0] !== undefined ? subcommands?.[words[0]] : undefined;
  if (!sub) return command;
  // `create secret` and `create service` have subcommands of their own (generic, tls; clusterip, nodeport…).
  const third = words[1] !== undefined ? SUBCOMMANDS[`${command} ${sub}`]?.[words[1]] : undefined;
  return third ? `${command} ${sub} ${third}` : `${command} ${sub}`;
}

/** Each command's subcommands, by every name cobra takes for them (aliases), as kubectl v1.32 names them. */
const SUBCOMMANDS: Record<string, Record<string, string>> = {
  create: names(
    'clusterrole clusterrolebinding configmap:cm cronjob:cj deployment:deploy ingress:ing job namespace:ns poddisruptionbudget:pdb priorityclass:pc quota:resourcequota role rolebinding secret service:svc serviceaccount:sa token',
  ),
  'create secret': names('docker-registry generic tls'),
  'create service': names('clusterip externalname loadbalancer nodeport'),
  rollout: names('history pause restart resume status undo'),
  set: names('env image resources selector serviceaccount:sa subject'),
  top: names('node:nodes:no pod:pods:po'),
};

/** `name:alias:alias …` words as a map from every spelling to the name. */
function names(list: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of list.split(' ')) {
    const [name, ...aliases] = entry.split(':');
    for (const spelling of [name!, ...aliases]) out[spelling] = name!;
  }
  return out;
}

/**
 * cobra's error for a word kubectl does not know, with its suggestions: the commands at most two edits away
 * or starting with the word (cobra Command.SuggestionsFor, SuggestionsMinimumDistance 2), in kubectl's order.
 */
function unknownCommand(word: string): KubectlResult {
  const typed = word.toLowerCase();
  const near = KUBECTL_COMMANDS.filter((c) => c.startsWith(typed) || editDistance(typed, c) <= 2);
  const text = `Error: unknown command "${word}" for "kubectl"`;
  if (near.length === 0) return fail(text);
  return fail(`${text}\n\nDid you mean this?\n${near.map((c) => `\t${c}\n`).join('')}\n`);
}

/**
 * Runs one console line (`kubectl get pods -o wide`, or without `kubectl`), or words a shell already split.
 * Output, messages and errors follow the real kubectl; `files` is the file tree `apply -f`, `ls` and `cat` read; `lang` is the language of
 * the console's own messages (its help, a command it does not run).
 */
export function runKubectl(
  sim: Simulation,
  line: string | readonly string[],
  files: Record<string, string> = {},
  lang: Language = 'en',
): KubectlResult {
  // Words a shell already split (a CLI's argv) go through as they are: joining and splitting them again
  // would re-read their quotes and backslashes.
  const tokens =
    typeof line === 'string'
      ? tokenize(line.replace(/^\s*kubectl\s+/, ''))
      : line[0] === 'kubectl'
        ? line.slice(1)
        : [...line];
  if (tokens[0] === 'exec') return exec(sim, tokens, lang);
  // cobra finds the command from its words first, then parses the line with that command's own flags.
  const found = parseArgs(tokens, anyCommandFlags(tokens[0] === 'logs'));
  const [command, ...foundWords] = found.words;
  if (!command) return ok(say(lang, 'help', { commands: COMMAND_LIST }));
  if (command === 'help') return helpFor(foundWords, lang);
  const handler = COMMANDS[command];
  if (!handler && KUBECTL_COMMANDS.includes(command))
    return fail(say(lang, 'notHere', { command, commands: COMMAND_LIST }));
  if (!handler) return unknownCommand(command);
  const path = commandPath(command, foundWords);
  // A subcommand the console does not run keeps the line as read; its handler says so.
  const args = FLAG_PATHS.includes(path) ? parseArgs(tokens, flagSetOf(path)) : found;
  const words = args.words.slice(1);
  if (args.flagErrors.length > 0)
    return fail(`Error: ${args.flagErrors[0]}\nSee 'kubectl ${path} --help' for usage.`);
  if (args.flags.has('help')) return helpFor([command, ...words], lang);
  const missing = FLAG_PATHS.includes(path) ? notImplemented(path, args) : undefined;
  if (missing) return fail(say(lang, 'notImplemented', { flag: `--${missing}`, command: path }));
  const ctx: KubectlContext = {
    sim,
    api: kubeApiOf(sim),
    args,
    words,
    namespace: args.flags.get('namespace') ?? 'default',
    files,
    lang,
  };
  return handler(ctx);
}

/**
 * `exec`: its flags checked as every command's are (pflag stops reading them at `--`), then run on its own
 * words, since everything after `--` is the container's command line.
 */
function exec(sim: Simulation, tokens: string[], lang: Language): KubectlResult {
  const dash = tokens.indexOf('--');
  const args = parseArgs(dash < 0 ? tokens : tokens.slice(0, dash), flagSetOf('exec'));
  if (args.flagErrors.length > 0)
    return fail(`Error: ${args.flagErrors[0]}\nSee 'kubectl exec --help' for usage.`);
  if (args.flags.has('help')) return ok(commandHelp('exec', lang));
  const missing = notImplemented('exec', args);
  if (missing) return fail(say(lang, 'notImplemented', { flag: `--${missing}`, command: 'exec' }));
  return runExec(sim, tokens.slice(1));
}

/** The first flag the line set that kubectl has for this command but the simulator does not run. */
function notImplemented(path: string, args: KubectlArgs): string | undefined {
  return args.given.find((name) => !isImplemented(path, name));
}

/** `kubectl help CMD…`, `CMD -h`: the console's usage of that command, or its general help. */
function helpFor(words: readonly string[], lang: Language): KubectlResult {
  const [command, ...rest] = words;
  const path = command ? commandPath(command, rest) : '';
  if (hasCommandHelp(path)) return ok(commandHelp(path, lang));
  return ok(say(lang, 'help', { commands: COMMAND_LIST }));
}
