import { splitShellWords } from '../../core/index.ts';

/** A parsed kubectl command line. */
export interface KubectlArgs {
  /** Words that are not flags: command, subcommand, resource, names. */
  words: string[];
  flags: Map<string, string>;
  /** Every value of each value flag, in order (`--tcp=80 --tcp=443`, `--from-literal` given twice). */
  lists: Map<string, string[]>;
  /** Flags not in the known list, to report kubectl's "unknown flag". */
  unknown: string[];
  /**
   * pflag's refusals in command-line order (it stops at the first): `unknown flag: --bogus`, or a boolean
   * flag's value strconv.ParseBool rejects (`invalid argument "maybe" for "-f, --follow" flag: …`).
   */
  flagErrors: string[];
}

const BOOLEAN_FLAGS = new Set([
  'A',
  'all-namespaces',
  'force',
  'ignore-daemonsets',
  'delete-emptydir-data',
  'show-labels',
  'watch',
  'w',
  'no-headers',
  'overwrite',
  'server-side',
  'show-kind',
  'p',
  'previous',
  'timestamps',
  'follow',
  'all-containers',
  'recursive',
  'R',
]);
const VALUE_FLAGS = new Set([
  'n',
  'namespace',
  'o',
  'output',
  'l',
  'selector',
  'f',
  'filename',
  'replicas',
  'to-revision',
  'port',
  'target-port',
  'type',
  'name',
  'protocol',
  'grace-period',
  'timeout',
  'image',
  'labels',
  'field-selector',
  'c',
  'container',
  'wait',
  'tail',
  'sort-by',
  'revision',
  'api-version',
  'tcp',
  'node-port',
  'from-literal',
  'from-file',
  'docker-server',
  'docker-username',
  'docker-password',
  'docker-email',
  'clusterip',
]);
/**
 * Flags whose value is optional, with what a bare flag means (pflag's NoOptDefVal): only `--flag=value` gives
 * a value, so `--dry-run -o yaml` keeps `-o`. kubectl: `--dry-run` is `unchanged` (read as client, with a
 * deprecation warning), `--validate` is `strict` (k8s.io/kubectl/pkg/cmd/util helpers.go AddDryRunFlag,
 * AddValidateFlags).
 */
const OPTIONAL_VALUE_FLAGS: Record<string, string> = { 'dry-run': 'unchanged', validate: 'strict' };

/** strconv.ParseBool, as pflag reads a boolean flag's `=value`; null for anything else. */
export function parseBool(text: string): boolean | null {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(text)) return false;
  return null;
}

const LONG_NAMES: Record<string, string> = {
  n: 'namespace',
  o: 'output',
  l: 'selector',
  f: 'filename',
  A: 'all-namespaces',
  w: 'watch',
  c: 'container',
  p: 'previous',
  R: 'recursive',
};

/** The shorthand of a boolean flag, as pflag names the flag in its errors (`-w, --watch`). */
const BOOLEAN_SHORTHANDS: Record<string, string> = {
  'all-namespaces': 'A',
  watch: 'w',
  previous: 'p',
  follow: 'f',
  recursive: 'R',
};

/**
 * Splits a command line as a POSIX shell does: quotes group words anywhere in a word
 * (`--from-literal='a b=1'` is one word), single quotes keep everything, a backslash keeps the next
 * character. A line with an unclosed quote is split at spaces.
 */
export function tokenize(line: string): string[] {
  return splitShellWords(line) ?? line.split(/\s+/).filter(Boolean);
}

/** Parses kubectl words and flags (`-n ns`, `--namespace=ns`, `-oyaml`, `-A`). */
export function parseArgs(tokens: readonly string[]): KubectlArgs {
  const words: string[] = [];
  const flags = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const unknown: string[] = [];
  const flagErrors: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token === '--') {
      words.push(...tokens.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      words.push(token);
      continue;
    }
    const long = token.startsWith('--');
    let name = token.replace(/^--?/, '');
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    } else if (!long && name.length > 1 && VALUE_FLAGS.has(name[0]!)) {
      value = name.slice(1);
      name = name[0]!;
    }
    if (BOOLEAN_FLAGS.has(name)) {
      const longName = LONG_NAMES[name] ?? name;
      const bool = value === undefined ? true : parseBool(value);
      // pflag's boolValue.Set refuses what strconv.ParseBool does not read (spf13/pflag bool.go, flag.go failf).
      if (bool === null) {
        const short = BOOLEAN_SHORTHANDS[longName];
        const shown = short ? `-${short}, --${longName}` : `--${longName}`;
        flagErrors.push(
          `invalid argument "${value}" for "${shown}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`,
        );
      }
      // `--follow=false` turns the flag off, as pflag does: callers ask flags.has().
      else if (!bool) flags.delete(longName);
      else flags.set(longName, 'true');
    } else if (name in OPTIONAL_VALUE_FLAGS) {
      flags.set(name, value ?? OPTIONAL_VALUE_FLAGS[name]!);
    } else if (VALUE_FLAGS.has(name)) {
      if (value === undefined) value = tokens[++i] ?? '';
      const long = LONG_NAMES[name] ?? name;
      flags.set(long, value);
      lists.set(long, [...(lists.get(long) ?? []), value]);
    } else {
      unknown.push(token);
      flagErrors.push(`unknown flag: ${token.split('=')[0]}`);
    }
  }
  return { words, flags, lists, unknown, flagErrors };
}
