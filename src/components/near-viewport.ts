/**
 * Runs an island's start once, when the first of its elements comes within 1,200 px of the viewport (at
 * once without IntersectionObserver): how islands drawn at build time (the cost calculator, the Compose
 * converter) import their code only as the reader gets near them, never with the page's first scripts.
 */
export function whenNearViewport(elements: readonly Element[], start: () => void): void {
  if (elements.length === 0) return;
  if (!('IntersectionObserver' in window)) return start();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: '1200px 0px' },
  );
  elements.forEach((element) => observer.observe(element));
}
