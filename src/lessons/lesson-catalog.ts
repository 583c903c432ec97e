/**
 * The lessons of one language in course order, with the helpers pages need (slug, neighbours,
 * chapters). Reads the `lessons` content collection.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Language } from '../../core/index.ts';

export type Lesson = CollectionEntry<'lessons'>;

/** The slug shared by a lesson's two languages: `es/intro` → `intro`. */
export function lessonSlug(lesson: Lesson): string {
  return lesson.id.split('/').slice(1).join('/');
}

/** The language of a lesson, from its folder. */
export function lessonLanguage(lesson: Lesson): Language {
  return lesson.id.startsWith('en/') ? 'en' : 'es';
}

/** All lessons of a language, sorted by chapter then order. */
export async function lessonsIn(lang: Language): Promise<Lesson[]> {
  const all = await getCollection('lessons', (entry) => entry.id.startsWith(`${lang}/`));
  return all.sort((a, b) => a.data.chapter - b.data.chapter || a.data.order - b.data.order);
}

/**
 * The static paths of one language's lesson route (/curso/[...slug] or /en/course/[...slug]): a page
 * per lesson, named by its slug, with the lesson as its prop.
 */
export async function lessonRoutes(
  lang: Language,
): Promise<Array<{ params: { slug: string }; props: { lesson: Lesson } }>> {
  const lessons = await lessonsIn(lang);
  return lessons.map((lesson) => ({ params: { slug: lessonSlug(lesson) }, props: { lesson } }));
}

/** Lessons grouped by chapter number, in order. */
export function byChapter(lessons: Lesson[]): Array<{ chapter: number; lessons: Lesson[] }> {
  const groups = new Map<number, Lesson[]>();
  for (const lesson of lessons) {
    const list = groups.get(lesson.data.chapter) ?? [];
    list.push(lesson);
    groups.set(lesson.data.chapter, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([chapter, list]) => ({ chapter, lessons: list }));
}
