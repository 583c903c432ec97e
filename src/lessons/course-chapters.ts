/** The chapters of the syllabus (those with a title in the dictionaries), each with its lessons so far. */
import { es } from '../i18n/ui/es.ts';
import type { Lesson } from './lesson-catalog.ts';

/** Chapter numbers that have a `chapter.N` title, in order. */
export const CHAPTER_NUMBERS: number[] = Object.keys(es)
  .map((key) => /^chapter\.(\d+)$/.exec(key)?.[1])
  .filter((n): n is string => n !== undefined)
  .map(Number)
  .sort((a, b) => a - b);

/** Every syllabus chapter (and any chapter a lesson names), with its lessons in order; empty ones too. */
export function syllabus(lessons: Lesson[]): Array<{ chapter: number; lessons: Lesson[] }> {
  const numbers = [...new Set([...CHAPTER_NUMBERS, ...lessons.map((l) => l.data.chapter)])].sort(
    (a, b) => a - b,
  );
  return numbers.map((chapter) => ({ chapter, lessons: lessons.filter((l) => l.data.chapter === chapter) }));
}
