import { LANGUAGES, type Language } from '../../core/index.ts';

/** The language of a page without a language prefix. */
export const DEFAULT_LANGUAGE: Language = 'es';

/** Parses a language code, falling back to the default. */
export function asLanguage(value: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : DEFAULT_LANGUAGE;
}
