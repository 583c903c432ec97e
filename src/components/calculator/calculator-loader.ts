/**
 * The only script a page with a cost calculator loads up front. The calculator is drawn at build time,
 * figures and chart included, so until the reader gets near it there is nothing to do: its code (D3, the
 * cost model, its words) is imported when the first calculator nears the viewport, and then every
 * calculator on the page is brought to life. Issue 20: it no longer runs with the page's first scripts,
 * where D3 and the dictionary cost a phone ~0.1 s of main thread for a calculator far below.
 */
import { whenNearViewport } from '../near-viewport.ts';

/** Mounts every `[data-cost-calculator]` in `doc` once one nears the viewport. */
export function watchCostCalculators(doc: Document): void {
  whenNearViewport(Array.from(doc.querySelectorAll('[data-cost-calculator]')), () => {
    import('./cost-calculator-island.ts')
      .then(({ mountCostCalculators }) => mountCostCalculators(doc))
      .catch((error: unknown) => console.error(error));
  });
}
