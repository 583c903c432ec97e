/** Text in the two languages of the course, Spanish first. */
export interface Localized {
  es: string;
  en: string;
}
