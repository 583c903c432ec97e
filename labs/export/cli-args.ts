/**
 * A small argument parser for the export and deploy commands: positionals, `--flag value`, `--flag=value`,
 * `-f value` (repeatable) and boolean switches; anything else is a usage error in both languages.
 */
import type { Bilingual } from '../../core/index.ts';

/** The parsed arguments. */
export interface ParsedArgs {
  positionals: string[];
  /** Flag name (without dashes) → every value given. */
  values: Record<string, string[]>;
  switches: Set<string>;
}

/** Parses argv; `valueFlags` take a value, `switchFlags` do not; `-f` is an alias of `--file`. */
export function parseCliArgs(
  argv: readonly string[],
  valueFlags: readonly string[],
  switchFlags: readonly string[] = [],
): { ok: true; args: ParsedArgs } | { ok: false; problem: Bilingual } {
  const args: ParsedArgs = { positionals: [], values: {}, switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-') || arg === '-') {
      args.positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const name = rawName === '-f' ? 'file' : rawName === '-h' ? 'help' : rawName.replace(/^--?/, '');
    if (switchFlags.includes(name) || name === 'help') {
      args.switches.add(name);
    } else if (valueFlags.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined)
        return {
          ok: false,
          problem: { es: `Falta el valor de ${rawName}.`, en: `${rawName} needs a value.` },
        };
      (args.values[name] ??= []).push(value);
    } else {
      return {
        ok: false,
        problem: { es: `Opción desconocida: ${rawName}.`, en: `Unknown option: ${rawName}.` },
      };
    }
  }
  return { ok: true, args };
}

/** The last value of a flag, or undefined. */
export function lastValue(args: ParsedArgs, name: string): string | undefined {
  const values = args.values[name];
  return values?.[values.length - 1];
}
