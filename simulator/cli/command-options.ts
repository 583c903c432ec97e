/**
 * What the `faaslab sim` commands share around node:util parseArgs: their own options parsed strictly (no
 * positionals), the language of their messages, the student's words for a parse error, and `fail(es, en)`
 * for a problem found in the values.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { commandLanguage, usageProblem, type Bilingual, type Language } from '../../core/index.ts';

/** A usage problem in both languages, with the language to say it in. */
export interface UsageError {
  error: Bilingual;
  lang: Language;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The values parseArgs gives for `options`. */
export type OptionValues<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>
>['values'];

/** Makes a usage problem of the given text (`en` defaults to `es` where the words are the same). */
export type Fail = (es: string, en?: string) => UsageError;

/**
 * A command's parser: parses `argv` against `options` and hands the values to `check`, which turns them into
 * what the command was asked to do or into a problem made with `fail`.
 */
export function commandOptions<O extends Options, T>(
  options: O,
  check: (values: OptionValues<O>, fail: Fail, lang: Language) => T | UsageError,
): (argv: readonly string[], envLang: string | undefined) => T | UsageError {
  return (argv, envLang) => {
    const lang = commandLanguage(argv, { LANG: envLang });
    let values: OptionValues<O>;
    try {
      ({ values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }));
    } catch (error) {
      return { error: usageProblem(error), lang };
    }
    return check(values, (es, en = es) => ({ error: { es, en }, lang }), lang);
  };
}
