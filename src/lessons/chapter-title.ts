/** Chapter titles live in the i18n dictionaries as `chapter.N`; unknown numbers fall back to "Chapter N". */
import { t, type UiKey } from '../i18n/translate.ts';
import { es } from '../i18n/ui/es.ts';
import type { Language } from '../../core/index.ts';

/** The title of chapter `n` in `lang`. */
export function chapterTitle(lang: Language, n: number): string {
  const key = `chapter.${n}`;
  return key in es ? t(lang, key as UiKey) : t(lang, 'course.chapter', { n });
}
