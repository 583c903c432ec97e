/**
 * What every `faaslab` command shares around `node:util` parseArgs (which each command calls itself, so
 * core/ stays free of Node): the language of its messages, the student's words for a parse error, and the
 * exit-code rule.
 */
import type { Bilingual, Language } from './bilingual.ts';

/** 0 the command did what was asked; 1 it ran and what was asked failed (invalid manifest, failed check); 2 wrong usage (unknown option, missing argument, unreadable file). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The language of the messages: `--lang` (read before parsing, so a usage error speaks it too), else FAASLAB_LANG, else LANG (en… → English), else Spanish. */
export function commandLanguage(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Language {
  let flag: string | undefined;
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') flag = argv[i + 1];
    else if (arg.startsWith('--lang=')) flag = arg.slice('--lang='.length);
  }
  const choice = flag ?? env.FAASLAB_LANG ?? env.LANG ?? 'es';
  return choice.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/**
 * The problem behind a parseArgs error, in both languages. parseArgs throws a TypeError with a `code`
 * (nodejs.org/api/util.html#utilparseargsconfig); anything else is not a usage error and is rethrown.
 */
export function usageProblem(error: unknown): Bilingual {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const option = quoted.replace(/ <value>$/, '');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return { es: `Opción desconocida: ${option}.`, en: `Unknown option: ${option}.` };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message)
        ? { es: `${option} no lleva valor.`, en: `${option} takes no value.` }
        : { es: `Falta el valor de ${option}.`, en: `${option} needs a value.` };
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return { es: `Sobra el argumento: ${option}.`, en: `Unexpected argument: ${option}.` };
    default:
      throw error;
  }
}
