import type { Language } from '../../core/index.ts';

/** URL of a language's home page: `/` for Spanish, `/en/` for English. */
export function homePath(lang: Language): string {
  return lang === 'es' ? '/' : '/en/';
}

/** URL of the course index. */
export function coursePath(lang: Language): string {
  return lang === 'es' ? '/curso/' : '/en/course/';
}

/** URL of a lesson; the slug is the same in both languages. */
export function lessonPath(lang: Language, slug: string): string {
  return `${coursePath(lang)}${slug}/`;
}
