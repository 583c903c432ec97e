/**
 * The only script a page with a Compose converter loads up front. The converter's first text and result
 * are in the page, so its code (the converter, the YAML parser, its words: ~32 KB) is imported when it
 * nears the viewport (issue 20: on lesson 8 it ran right after the first paint, ~0.2 s of a phone's main
 * thread for an island far below).
 */
import { whenNearViewport } from '../near-viewport.ts';

/** Mounts every `[data-compose-converter]` in `doc` once one nears the viewport. */
export function watchComposeConverters(doc: Document): void {
  whenNearViewport(Array.from(doc.querySelectorAll('[data-compose-converter]')), () => {
    import('./compose-converter-island.ts')
      .then(({ mountComposeConverters }) => mountComposeConverters(doc))
      .catch((error: unknown) => console.error(error));
  });
}
