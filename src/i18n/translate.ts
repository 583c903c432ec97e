import { fill, type FillValue, type Language } from '../../core/index.ts';
import { en } from './ui/en.ts';
import { es, type UiKey } from './ui/es.ts';
import { uiSection } from './ui-section.ts';

const DICTIONARIES: Record<Language, Record<UiKey, string>> = { es, en };

/**
 * Looks up a UI string and fills `{name}` placeholders.
 * @example t('en', 'course.chapter', { n: 3 }) // "Chapter 3"
 */
export function t(lang: Language, key: UiKey, params: Readonly<Record<string, FillValue>> = {}): string {
  return fill(DICTIONARIES[lang][key], params, lang);
}

/** A key prefix that names a part of the UI, e.g. `simulator` or `simulator.tones`. */
export type UiSection = UiKey extends `${infer P}.${string}` ? P | SubSection<UiKey> : never;
type SubSection<K> = K extends `${infer A}.${infer B}.${string}` ? `${A}.${B}` : never;

/** The strings of one part of the UI, keyed by what follows the prefix: `uiStrings('es', 'lab').reset`. */
export type UiStrings<P extends string> = {
  readonly [K in UiKey as K extends `${P}.${infer Rest}` ? Rest : never]: string;
};

const cache = new Map<string, Record<string, string>>();

/**
 * The raw templates of one part of the UI in one language, for an island that hands its words to the
 * parts it builds; fill placeholders with `fill` from core/ (or look single strings up with {@link t}).
 */
export function uiStrings<P extends UiSection>(lang: Language, prefix: P): UiStrings<P> {
  const id = `${lang}:${prefix}`;
  let found = cache.get(id);
  if (!found) {
    found = uiSection(DICTIONARIES[lang], prefix);
    cache.set(id, found);
  }
  return found as UiStrings<P>;
}

export type { UiKey };
