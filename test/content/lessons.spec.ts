/**
 * Content tests for the course's lessons: both languages exist, the front matter is valid, the Spanish
 * and English versions share one structure (headings, quizzes, diagrams, callouts, islands), internal
 * links point to lessons that exist, and every quiz is answerable.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getLab } from '../../labs/index.ts';
import { readLessonSource, type IslandUse, type LessonSource } from './lesson-source.ts';
import { ISLAND_TAGS } from '../../src/markdown/remark-island-imports.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');
const SCENARIOS = resolve(import.meta.dirname, '../../simulator/scenarios');
const LESSON_PAGE = resolve(import.meta.dirname, '../../src/components/LessonPage.astro');

/** Lessons 3–10 and their chapter numbers (the course outline in shared/DESIGN.md). */
const COURSE_LESSONS: ReadonlyArray<readonly [slug: string, chapter: number]> = [
  ['faas', 3],
  ['openfaas', 4],
  ['kubernetes', 5],
  ['services', 6],
  ['k3s', 7],
  ['compose-to-kubernetes', 8],
  ['openfaas-on-kubernetes', 9],
  ['capstone', 10],
];

/** Section headings that carry the references, per language. */
const SOURCES_HEADING = { es: 'Fuentes', en: 'Sources' } as const;

function slugsIn(lang: 'es' | 'en'): string[] {
  return readdirSync(join(CONTENT, lang))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
}

function lesson(lang: 'es' | 'en', slug: string): LessonSource {
  return readLessonSource(join(CONTENT, lang, `${slug}.mdx`));
}

describe('every lesson exists in both languages', () => {
  it('has the same set of slugs in content/es and content/en', () => {
    expect(slugsIn('en')).toEqual(slugsIn('es'));
  });

  it.each(COURSE_LESSONS)('has %s in es and en', (slug) => {
    expect(existsSync(join(CONTENT, 'es', `${slug}.mdx`))).toBe(true);
    expect(existsSync(join(CONTENT, 'en', `${slug}.mdx`))).toBe(true);
  });
});

describe.each(COURSE_LESSONS)('lesson %s', (slug, chapter) => {
  // A missing lesson already fails 'every lesson exists in both languages'; its checks wait for it.
  if (!existsSync(join(CONTENT, 'es', `${slug}.mdx`)) || !existsSync(join(CONTENT, 'en', `${slug}.mdx`))) {
    it.todo(`checks ${slug} once both languages exist`);
    return;
  }
  const es = lesson('es', slug);
  const en = lesson('en', slug);

  it.each([
    ['es', es],
    ['en', en],
  ] as const)('has valid front matter in %s', (_lang, source) => {
    const fm = source.frontMatter;
    expect(typeof fm.title === 'string' && fm.title.length > 0).toBe(true);
    expect(typeof fm.description === 'string' && fm.description.length > 0).toBe(true);
    expect(fm.chapter).toBe(chapter);
    expect(Number.isInteger(fm.order) && (fm.order as number) >= 0).toBe(true);
    expect(Array.isArray(fm.objectives) && fm.objectives.length > 0).toBe(true);
    for (const objective of fm.objectives as unknown[]) expect(typeof objective === 'string' && objective.length > 0).toBe(true);
    expect(Number.isInteger(fm.duration) && (fm.duration as number) > 0).toBe(true);
  });

  it('has the same structure in es and en', () => {
    expect(en.headings.length).toBe(es.headings.length);
    expect(en.quizzes.map((q) => q.id)).toEqual(es.quizzes.map((q) => q.id));
    expect(en.quizzes.map((q) => q.type)).toEqual(es.quizzes.map((q) => q.type));
    expect(en.quizzes.map((q) => q.answer)).toEqual(es.quizzes.map((q) => q.answer));
    expect(en.svgs.length).toBe(es.svgs.length);
    expect(en.callouts).toEqual(es.callouts);
    expect(en.islands).toEqual(es.islands);
    expect(en.frontMatter.objectives as unknown[]).toHaveLength((es.frontMatter.objectives as unknown[]).length);
    expect(en.frontMatter.duration).toBe(es.frontMatter.duration);
  });

  it('has what every lesson needs: two quizzes, a diagram, a k3s box and its sources', () => {
    for (const [lang, source] of [
      ['es', es],
      ['en', en],
    ] as const) {
      expect(source.quizzes.length, lang).toBeGreaterThanOrEqual(2);
      expect(source.svgs.length, lang).toBeGreaterThanOrEqual(1);
      expect(source.callouts, lang).toContain('k3s');
      expect(source.headings.at(-1), lang).toBe(SOURCES_HEADING[lang]);
    }
  });

  it('draws accessible diagrams (role="img", a title and a description)', () => {
    for (const svg of [...es.svgs, ...en.svgs]) {
      expect(svg.openingTag).toMatch(/role="img"/);
      expect(svg.openingTag).toMatch(/aria-labelledby="[^"]+"/);
      expect(svg.text).toMatch(/<title\b[^>]*>[^<]+<\/title>/);
      expect(svg.text).toMatch(/<desc\b[^>]*>[^<]+<\/desc>/);
    }
  });

  it('writes no task-list checkboxes (they render as inputs without a label, an axe "label" violation)', () => {
    for (const lang of ['es', 'en'] as const) {
      const text = readFileSync(join(CONTENT, lang, `${slug}.mdx`), 'utf8');
      expect(text, lang).not.toMatch(/^\s*[-*+] \[[ xX]\] /m);
    }
  });

  it('uses only the known Callout kinds', () => {
    for (const kind of [...es.callouts, ...en.callouts]) {
      expect(['note', 'warning', 'k3s', 'simplification']).toContain(kind);
    }
  });

  it('links only to lessons that exist, in its own language', () => {
    for (const link of es.internalLinks) {
      const slug = /^\/curso\/([^/]+)\/?$/.exec(link)?.[1];
      expect(slug, `es link ${link}`).toBeDefined();
      expect(slugsIn('es'), `es link ${link}`).toContain(slug);
    }
    for (const link of en.internalLinks) {
      const slug = /^\/en\/course\/([^/]+)\/?$/.exec(link)?.[1];
      expect(slug, `en link ${link}`).toBeDefined();
      expect(slugsIn('en'), `en link ${link}`).toContain(slug);
    }
  });

  it('writes answerable quizzes', () => {
    for (const quiz of [...es.quizzes, ...en.quizzes]) {
      expect(quiz.id, 'every quiz has an id').toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(quiz.question?.length ?? 0, `${quiz.id} has a question`).toBeGreaterThan(0);
      if (quiz.type === 'truefalse') {
        expect(typeof quiz.answer, `${quiz.id} answers true or false`).toBe('boolean');
      } else {
        expect(quiz.type).toBe('choice');
        expect(Array.isArray(quiz.options), `${quiz.id} has options`).toBe(true);
        const options = quiz.options as unknown[];
        expect(options.length).toBeGreaterThanOrEqual(2);
        expect(new Set(options).size, `${quiz.id} has distinct options`).toBe(options.length);
        expect(Number.isInteger(quiz.answer), `${quiz.id} answer is an index`).toBe(true);
        expect(quiz.answer as number).toBeGreaterThanOrEqual(0);
        expect(quiz.answer as number).toBeLessThan(options.length);
      }
    }
  });
});

describe('the course as a whole', () => {
  it('gives every quiz a unique id within each language', () => {
    for (const lang of ['es', 'en'] as const) {
      const ids = slugsIn(lang).flatMap((slug) => lesson(lang, slug).quizzes.map((q) => q.id));
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(repeated, lang).toEqual([]);
    }
  });

  it('numbers the chapters 3–10 in course order', () => {
    const present = COURSE_LESSONS.filter(([slug]) => existsSync(join(CONTENT, 'es', `${slug}.mdx`)));
    const chapters = present.map(([slug]) => lesson('es', slug).frontMatter.chapter);
    expect(chapters).toEqual(present.map(([, chapter]) => chapter));
  });
});

describe('the islands in the lessons', () => {
  // The components a lesson's MDX may use without importing them: those LessonPage.astro hands to every
  // lesson (its `lessonComponents` object) and the islands remark-island-imports.ts imports where used.
  const registered = [
    ...(/const lessonComponents = \{([^}]*)\}/.exec(readFileSync(LESSON_PAGE, 'utf8'))?.[1]?.split(',').map((n) => n.trim()) ?? []),
    ...ISLAND_TAGS,
  ];
  const uses = (['es', 'en'] as const).flatMap((lang) =>
    slugsIn(lang).flatMap((slug) => lesson(lang, slug).islands.map((island) => ({ where: `${lang}/${slug}`, island }))),
  );
  /** Whether the island's component and its data (scenario file, lab) exist, so it can be embedded. */
  const available = (island: IslandUse): boolean =>
    registered.includes(island.component) &&
    (island.component !== 'ClusterSimulator' || existsSync(join(SCENARIOS, `${island.attributes.scenario ?? ''}.yaml`))) &&
    (island.component !== 'FunctionLab' || getLab(island.attributes.id ?? island.attributes.lab ?? '') !== undefined);

  it("reads LessonPage.astro's and the island plugin's lists of lesson components", () => {
    expect(registered).toEqual(expect.arrayContaining(['Quiz', 'Callout', 'ClusterSimulator', 'FunctionLab']));
  });

  it('embeds only components that are registered, with a scenario or lab that exists', () => {
    for (const { where, island } of uses.filter((u) => !u.island.marker)) {
      expect(available(island), `${where}: <${island.component} ${JSON.stringify(island.attributes)}>`).toBe(true);
    }
  });

  it('leaves a marker only where its island cannot be embedded yet', () => {
    for (const { where, island } of uses.filter((u) => u.island.marker)) {
      expect(available(island), `${where}: the marker for ${island.component} ${JSON.stringify(island.attributes)} can become the component`).toBe(false);
    }
  });

  it.each(COURSE_LESSONS)('gives lesson %s at least one island, embedded or waiting for its component', (slug) => {
    for (const lang of ['es', 'en'] as const) expect(lesson(lang, slug).islands.length, `${lang}/${slug}`).toBeGreaterThan(0);
  });

  it.each(COURSE_LESSONS)('embeds at least one working island in lesson %s', (slug) => {
    for (const lang of ['es', 'en'] as const) expect(lesson(lang, slug).islands.some((i) => !i.marker), `${lang}/${slug}`).toBe(true);
  });
});
