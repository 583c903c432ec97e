/**
 * The course's lessons: MDX files in content/es/ and content/en/ at the repository root, loaded with the
 * content layer's glob loader (the API Astro 6 and 7 keep). A lesson's id is `<lang>/<slug>`; the same
 * slug in both languages is the same lesson, which is how the language switcher finds its twin.
 */
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

const lessons = defineCollection({
  loader: glob({ pattern: '{es,en}/**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Chapter number; chapter titles live in src/i18n. */
    chapter: z.number().int().positive(),
    /** Order inside the chapter. */
    order: z.number().int().nonnegative(),
    objectives: z.array(z.string().min(1)).min(1),
    /** Reading and practice time in minutes. */
    duration: z.number().int().positive(),
  }),
});

export const collections = { lessons };
