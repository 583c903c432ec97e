/** The course's languages, Spanish first (Spanish lives at `/`, English at `/en/`). */
export const LANGUAGES = ['es', 'en'] as const;

/** A language of the course. */
export type Language = (typeof LANGUAGES)[number];

/** A text in both course languages. Spanish first. */
export interface Bilingual {
  es: string;
  en: string;
}
