/**
 * The course glossary: every term in Spanish and English with a short definition and the lesson that
 * explains it. Pages import only this file.
 */
import { FAAS_TERMS } from './faas-terms.ts';
import type { GlossaryEntry } from './glossary-entry.ts';
import { K3S_TERMS } from './k3s-terms.ts';
import { KUBERNETES_TERMS } from './kubernetes-terms.ts';

export {
  glossaryFor,
  initialOf,
  type GlossaryEntry,
  type GlossaryGroup,
  type GlossaryText,
} from './glossary-entry.ts';

/** Every glossary entry, in course order (the pages sort them per language). */
export const GLOSSARY: readonly GlossaryEntry[] = [...FAAS_TERMS, ...KUBERNETES_TERMS, ...K3S_TERMS];

/** URL of the glossary page in a language. */
export function glossaryPath(lang: 'es' | 'en'): string {
  return lang === 'es' ? '/glosario/' : '/en/glossary/';
}
