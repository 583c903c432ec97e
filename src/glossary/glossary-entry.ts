/**
 * A glossary entry: one concept with its name and short definition in Spanish and English, and the
 * lesson where the course explains it. The glossary pages sort and group entries per language, because
 * a term's initial differs between languages ("Arranque en frío" / "Cold start").
 */
import type { Language } from '../../core/index.ts';

/** The name and definition of a concept in one language. */
export interface GlossaryText {
  /** The term as a student meets it in the lessons of that language. */
  term: string;
  /** One or two sentences, ending with a full stop. */
  definition: string;
}

/** One concept of the course. */
export interface GlossaryEntry {
  /** Stable kebab-case id, used as the HTML anchor on both glossary pages. */
  id: string;
  /** Slug of the lesson that explains the concept (content/<lang>/<slug>.mdx). */
  lesson: string;
  es: GlossaryText;
  en: GlossaryText;
}

/** Entries sharing an initial letter, as the glossary page lists them. */
export interface GlossaryGroup {
  /** Upper-case initial without accents: "Á" is listed under "A". */
  letter: string;
  entries: Array<{ id: string; lesson: string } & GlossaryText>;
}

/** The initial a term is listed under: first letter, accents removed, upper case; digits and symbols under "#". */
export function initialOf(term: string): string {
  const first = term.normalize('NFD').replace(/\p{M}/gu, '').trim().charAt(0).toUpperCase();
  return /\p{L}/u.test(first) ? first : '#';
}

/**
 * The entries of one language, sorted by that language's collation (case and accents ignored) and
 * grouped by initial, groups in alphabetical order.
 */
export function glossaryFor(lang: Language, entries: readonly GlossaryEntry[]): GlossaryGroup[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const sorted = entries
    .map((entry) => ({ id: entry.id, lesson: entry.lesson, ...entry[lang] }))
    .sort((a, b) => collator.compare(a.term, b.term));
  const groups: GlossaryGroup[] = [];
  for (const entry of sorted) {
    const letter = initialOf(entry.term);
    const last = groups.at(-1);
    if (last && last.letter === letter) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}
