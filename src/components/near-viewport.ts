/**
 * How islands import their code only as the reader gets near them, never with the page's first scripts:
 * an element counts as near once it comes within 1,200 px of the viewport (at once without
 * IntersectionObserver), or within the margin a watcher asks for. Each watcher returns a dispose function
 * that stops it (STYLE.md: every wait can be stopped).
 */

/** How far outside the viewport an element already counts as near it, unless a watcher asks otherwise. */
const NEAR_MARGIN = '1200px 0px';

/** A watcher's options. */
export interface NearViewportOptions {
  /**
   * How far outside the viewport counts as near, as IntersectionObserver's `rootMargin` (default
   * `'1200px 0px'`): a part loaded inside an island already on screen (the simulator's YAML editor) needs
   * less lead than a whole island far down the lesson.
   */
  margin?: string;
}

/**
 * Calls `arrive(element)` once for each of `elements` as it comes near the viewport (at once for all of
 * them without IntersectionObserver). Returns a function that stops watching the ones not yet near.
 */
export function eachNearViewport<E extends Element>(
  elements: readonly E[],
  arrive: (element: E) => void,
  { margin = NEAR_MARGIN }: NearViewportOptions = {},
): () => void {
  if (elements.length === 0) return () => {};
  if (!('IntersectionObserver' in window)) {
    elements.forEach((element) => arrive(element));
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        arrive(entry.target as E);
      }
    },
    { rootMargin: margin },
  );
  elements.forEach((element) => observer.observe(element));
  return () => observer.disconnect();
}

/**
 * Runs an island's start once, when the first of its elements comes near the viewport: how islands drawn
 * at build time (the cost calculator, the Compose converter) load their code. Returns a function that
 * stops watching (the start then never runs, if it had not yet).
 */
export function whenNearViewport(
  elements: readonly Element[],
  start: () => void,
  options: NearViewportOptions = {},
): () => void {
  let stop = (): void => {};
  let started = false;
  stop = eachNearViewport(
    elements,
    () => {
      if (started) return;
      started = true;
      stop();
      start();
    },
    options,
  );
  return stop;
}
