/** The glossary data and its per-language ordering. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryFor, initialOf, type GlossaryEntry } from './index.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

describe('the glossary data', () => {
  it('has unique kebab-case ids', () => {
    const ids = GLOSSARY.map((e) => e.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names and defines every term in both languages, as sentences', () => {
    for (const entry of GLOSSARY) {
      for (const lang of ['es', 'en'] as const) {
        expect(entry[lang].term.trim(), `${entry.id} ${lang}`).not.toBe('');
        expect(entry[lang].definition, `${entry.id} ${lang}`).toMatch(/^\S[\s\S]{20,}[.…]$/);
      }
    }
  });

  it('never repeats a term within a language', () => {
    for (const lang of ['es', 'en'] as const) {
      const terms = GLOSSARY.map((e) => e[lang].term.toLocaleLowerCase(lang));
      expect(
        terms.filter((t, i) => terms.indexOf(t) !== i),
        lang,
      ).toEqual([]);
    }
  });

  it('points every term at a lesson that exists in both languages', () => {
    for (const entry of GLOSSARY) {
      expect(
        existsSync(resolve(CONTENT, 'es', `${entry.lesson}.mdx`)),
        `${entry.id} → es/${entry.lesson}`,
      ).toBe(true);
      expect(
        existsSync(resolve(CONTENT, 'en', `${entry.lesson}.mdx`)),
        `${entry.id} → en/${entry.lesson}`,
      ).toBe(true);
    }
  });
});

describe('glossaryFor', () => {
  /** An entry of lesson `x` with its Spanish and English terms (definitions do not matter here). */
  const entry = (id: string, es: string, en: string): GlossaryEntry => ({
    id,
    lesson: 'x',
    es: { term: es, definition: 'd.' },
    en: { term: en, definition: 'd.' },
  });
  const sample: GlossaryEntry[] = [
    entry('b', 'Évento', 'Zeta'),
    entry('a', 'arranque', 'alpha'),
    entry('c', 'Escalado', 'Beta'),
    entry('d', 'Árbol', 'Gamma'),
  ];

  it('sorts per language, ignoring case and accents, and groups by bare initial', () => {
    const es = glossaryFor('es', sample);
    expect(es.map((g) => g.letter)).toEqual(['A', 'E']);
    expect(es[0]?.entries.map((e) => e.term)).toEqual(['Árbol', 'arranque']);
    expect(es[1]?.entries.map((e) => e.term)).toEqual(['Escalado', 'Évento']);
    const en = glossaryFor('en', sample);
    expect(en.map((g) => g.letter)).toEqual(['A', 'B', 'G', 'Z']);
    expect(en[0]?.entries[0]).toEqual({ id: 'a', lesson: 'x', term: 'alpha', definition: 'd.' });
  });

  it('keeps every real entry exactly once, in letter order', () => {
    for (const lang of ['es', 'en'] as const) {
      const groups = glossaryFor(lang, GLOSSARY);
      expect(groups.flatMap((g) => g.entries.map((e) => e.id)).sort()).toEqual(
        GLOSSARY.map((e) => e.id).sort(),
      );
      const letters = groups.map((g) => g.letter);
      expect(new Set(letters).size, `${lang} letters are not repeated`).toBe(letters.length);
    }
  });

  it('files symbols and digits under #', () => {
    expect(initialOf('_privado')).toBe('#');
    expect(initialOf('3 réplicas')).toBe('#');
    expect(initialOf('ñandú')).toBe('N');
  });
});
