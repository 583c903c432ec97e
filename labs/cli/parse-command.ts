/**
 * How the export and deploy commands start: the language of their messages, node:util parseArgs with the
 * command's options, and the two early exits of core's EXIT rule — a parse error prints the problem and
 * the usage to stderr (2), `--help` prints the usage to stdout (0).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { commandLanguage, EXIT, usageProblem, type Bilingual, type Language } from '../../core/index.ts';
import type { ExportCliIo } from './command-io.ts';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** The parsed arguments and the language, or the exit code when the command already answered. */
export function parseCommand<T extends OptionsConfig>(
  argv: readonly string[],
  options: T,
  usage: Bilingual,
  io: Pick<ExportCliIo, 'stdout' | 'stderr' | 'env'>,
): (Parsed<T> & { lang: Language }) | { exit: number } {
  const lang = commandLanguage(argv, io.env);
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return (io.stderr(`${usageProblem(error)[lang]}\n${usage[lang]}`), { exit: EXIT.usage });
  }
  if ((parsed.values as { help?: boolean }).help) return (io.stdout(usage[lang]), { exit: EXIT.ok });
  return { ...parsed, lang };
}
