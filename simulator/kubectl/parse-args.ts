import { splitShellWords } from '../../core/index.ts';
import type { FlagSet } from './command-flags.ts';

/** A parsed kubectl command line. */
export interface KubectlArgs {
  /** Words that are not flags: command, subcommand, resource, names. */
  words: string[];
  flags: Map<string, string>;
  /** Every value of each value flag, in order (`--tcp=80 --tcp=443`, `--from-literal` given twice). */
  lists: Map<string, string[]>;
  /** Flags not in the known list, to report kubectl's "unknown flag". */
  unknown: string[];
  /** The flags the line set, by name, in order (`--watch=false` included): what the console must run. */
  given: string[];
  /**
   * pflag's refusals in command-line order (it stops at the first): `unknown flag: --bogus`, or a boolean
   * flag's value strconv.ParseBool rejects (`invalid argument "maybe" for "-f, --follow" flag: …`).
   */
  flagErrors: string[];
}

/**
 * What a bare flag whose value is optional means (pflag's NoOptDefVal): only `--flag=value` gives a value, so
 * `--dry-run -o yaml` keeps `-o`. kubectl: `--dry-run` is `unchanged` (read as client, with a deprecation
 * warning), `--validate` is `strict` (k8s.io/kubectl/pkg/cmd/util helpers.go AddDryRunFlag, AddValidateFlags).
 */
const OPTIONAL_DEFAULTS: Record<string, string> = { 'dry-run': 'unchanged', validate: 'strict' };

/** strconv.ParseBool, as pflag reads a boolean flag's `=value`; null for anything else. */
export function parseBool(text: string): boolean | null {
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(text)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(text)) return false;
  return null;
}

/**
 * Splits a command line as a POSIX shell does: quotes group words anywhere in a word
 * (`--from-literal='a b=1'` is one word), single quotes keep everything, a backslash keeps the next
 * character. A line with an unclosed quote is split at spaces.
 */
export function tokenize(line: string): string[] {
  return splitShellWords(line) ?? line.split(/\s+/).filter(Boolean);
}

/**
 * Parses kubectl words and flags as pflag does (spf13/pflag flag.go parseLongArg, parseShortArg): `-n ns`,
 * `--namespace=ns`, `-oyaml`, `-A`, and boolean shorthands run together (`-Aw`, `-Aw=false`). `set` is the
 * command's flags (command-flags.ts flagSetOf): a flag outside it is refused, as pflag refuses it.
 */
export function parseArgs(tokens: readonly string[], set: FlagSet): KubectlArgs {
  const shorthands = set.shorthands;
  const words: string[] = [];
  const flags = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const unknown: string[] = [];
  const flagErrors: string[] = [];
  const given: string[] = [];
  /** How pflag names a flag in its errors: `-w, --watch`, or `--show-labels` without a shorthand. */
  const shown = (name: string): string => {
    const short = Object.keys(shorthands).find((letter) => shorthands[letter] === name);
    return short ? `-${short}, --${name}` : `--${name}`;
  };
  /** Sets a known flag from its value (undefined: none given); a boolean's value must parse. */
  const setFlag = (name: string, value: string | undefined): void => {
    if (!given.includes(name)) given.push(name);
    if (set.kinds.get(name) === 'bool') {
      const bool = value === undefined ? true : parseBool(value);
      // pflag's boolValue.Set refuses what strconv.ParseBool does not read (spf13/pflag bool.go, flag.go failf).
      if (bool === null)
        flagErrors.push(
          `invalid argument "${value}" for "${shown(name)}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`,
        );
      // `--follow=false` turns the flag off, as pflag does: callers ask flags.has().
      else if (!bool) flags.delete(name);
      else flags.set(name, 'true');
    } else if (set.kinds.get(name) === 'optional') flags.set(name, value ?? OPTIONAL_DEFAULTS[name] ?? '');
    else {
      flags.set(name, value ?? '');
      lists.set(name, [...(lists.get(name) ?? []), value ?? '']);
    }
  };
  const known = (name: string): boolean => set.kinds.has(name);
  /** Whether a flag takes no following word: a boolean, or a value that is optional. */
  const standsAlone = (name: string): boolean => set.kinds.get(name) !== 'value';
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
    if (token.startsWith('--')) {
      const eq = token.indexOf('=');
      const name = token.slice(2, eq < 0 ? undefined : eq);
      let value = eq < 0 ? undefined : token.slice(eq + 1);
      if (!known(name)) {
        unknown.push(token);
        flagErrors.push(`unknown flag: --${name}`);
        continue;
      }
      if (value === undefined && !standsAlone(name)) {
        if (i + 1 >= tokens.length) {
          flagErrors.push(`flag needs an argument: ${token}`);
          continue;
        }
        value = tokens[++i]!;
      }
      setFlag(name, value);
      continue;
    }
    // One dash: a run of shorthand letters, each a flag, until one takes the rest as its value.
    let rest = token.slice(1);
    while (rest.length > 0) {
      const letter = rest[0]!;
      const name = shorthands[letter];
      if (!name) {
        unknown.push(token);
        flagErrors.push(`unknown shorthand flag: '${letter}' in -${rest}`);
        break;
      }
      let value: string | undefined;
      if (rest.length > 2 && rest[1] === '=') [value, rest] = [rest.slice(2), ''];
      else if (standsAlone(name)) rest = rest.slice(1);
      else if (rest.length > 1) [value, rest] = [rest.slice(1), ''];
      else if (i + 1 < tokens.length) [value, rest] = [tokens[++i]!, ''];
      else {
        flagErrors.push(`flag needs an argument: '${letter}' in -${rest}`);
        break;
      }
      setFlag(name, value);
    }
  }
  return { words, flags, lists, unknown, given, flagErrors };
}
