/**
 * The only script a page with a cost calculator loads up front. The calculator is drawn at build time,
 * figures and chart included, so until the reader gets near it there is nothing to do: its code (D3, the
 * cost model, its words) is imported when the first calculator comes within 1,200 px of the viewport,
 * and then every calculator on the page is brought to life. Issue 20: it no longer runs with the page's
 * first scripts, where D3 and the dictionary cost a phone ~0.1 s of main thread for a calculator far below.
 */

/** Mounts every `[data-cost-calculator]` in `doc` once one nears the viewport (at once without IntersectionObserver). */
export function watchCostCalculators(doc: Document): void {
  const roots = Array.from(doc.querySelectorAll<HTMLElement>('[data-cost-calculator]'));
  if (roots.length === 0) return;
  const mount = (): void => {
    import('./cost-calculator-island.ts')
      .then(({ mountCostCalculators }) => mountCostCalculators(doc))
      .catch((error: unknown) => console.error(error));
  };
  if (!('IntersectionObserver' in window)) return mount();
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      mount();
    },
    { rootMargin: '1200px 0px' },
  );
  roots.forEach((root) => observer.observe(root));
}
