import type { Language } from './languages.ts';
import { en } from './ui/en.ts';
import { es, type UiKey } from './ui/es.ts';

const DICTIONARIES: Record<Language, Record<UiKey, string>> = { es, en };

/**
 * Looks up a UI string and fills `{name}` placeholders.
 * @example t('en', 'course.chapter', { n: 3 }) // "Chapter 3"
 */
export function t(lang: Language, key: UiKey, params: Record<string, string | number> = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type { UiKey };
