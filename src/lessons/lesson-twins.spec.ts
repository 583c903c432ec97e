/**
 * Course-wide content checks the site relies on: every lesson exists in both languages (the language
 * switcher links to the twin URL), and a lesson's quizzes have the same ids in both languages and
 * no id is used twice (a quiz id is the language-independent key of the saved answer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const slugs = (lang: string): string[] =>
  readdirSync(`content/${lang}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();

const quizIds = (lang: string, slug: string): string[] =>
  [...readFileSync(`content/${lang}/${slug}.mdx`, 'utf8').matchAll(/<Quiz\b[^>]*?\sid="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );

describe('lesson twins', () => {
  it('every lesson exists in Spanish and English', () => {
    expect(slugs('en')).toEqual(slugs('es'));
  });

  it('a lesson has the same quiz ids in both languages', () => {
    for (const slug of slugs('es'))
      expect(quizIds('en', slug).sort(), slug).toEqual(quizIds('es', slug).sort());
  });

  it('no quiz id is used twice in the course', () => {
    const all = slugs('es').flatMap((slug) => quizIds('es', slug));
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    expect(all.length).toBeGreaterThan(0);
  });
});
