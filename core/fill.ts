import type { Bilingual, Language } from './bilingual.ts';

/** A value for a `{name}` placeholder: the same in both languages, or translated. */
export type FillValue = string | number | Bilingual;

/**
 * Replaces `{name}` placeholders in a message template. A translated value gives its `lang` text; a
 * placeholder without a value stays as written, so a missing parameter shows instead of vanishing.
 */
export function fill(
  template: string,
  params: Readonly<Record<string, FillValue>>,
  lang: Language = 'es',
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'object' ? value[lang] : String(value);
  });
}

/** Fills a template in both languages, e.g. a message looked up by code. */
export function fillBilingual(
  template: Bilingual,
  params: Readonly<Record<string, FillValue>> = {},
): Bilingual {
  return { es: fill(template.es, params, 'es'), en: fill(template.en, params, 'en') };
}
