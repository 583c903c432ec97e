import type { Bilingual, Language } from './bilingual.ts';

/** A value for a `{name}` placeholder: the same in both languages, or translated. */
export type FillValue = string | number | Bilingual;

/** Templates split at their placeholders (text, name, text, …), kept because message tables are filled often. */
const SPLIT_TEMPLATES = new Map<string, string[]>();
/** Past this many templates the cache starts again: tables hold a few hundred, and a stray caller may not grow it. */
const MAX_SPLIT_TEMPLATES = 4096;

function splitTemplate(template: string): string[] {
  let parts = SPLIT_TEMPLATES.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (SPLIT_TEMPLATES.size >= MAX_SPLIT_TEMPLATES) SPLIT_TEMPLATES.clear();
    SPLIT_TEMPLATES.set(template, parts);
  }
  return parts;
}

/**
 * Replaces `{name}` placeholders in a message template. A translated value gives its `lang` text; a
 * placeholder without a value stays as written, so a missing parameter shows instead of vanishing.
 */
export function fill(
  template: string,
  params: Readonly<Record<string, FillValue>>,
  lang: Language = 'es',
): string {
  const parts = splitTemplate(template);
  if (parts.length === 1) return template;
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params[name];
    text += value === undefined ? `{${name}}` : typeof value === 'object' ? value[lang] : String(value);
    text += parts[i + 1]!;
  }
  return text;
}

/** Fills a template in both languages, e.g. a message looked up by code. */
export function fillBilingual(
  template: Bilingual,
  params: Readonly<Record<string, FillValue>> = {},
): Bilingual {
  return { es: fill(template.es, params, 'es'), en: fill(template.en, params, 'en') };
}
