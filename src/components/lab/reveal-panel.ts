/**
 * Brings a lab's results into view after Run, Invoke or Check, so the student sees the answer where
 * they are looking instead of scrolling for it (on a phone the panels sit below the button).
 */

/** After the next paint, scrolls the least needed to show `targets`, the last one given winning ties. */
export function revealPanel(...targets: Array<Element | null>): void {
  // Instant, not smooth: a second smooth scroll would cancel the first one halfway.
  requestAnimationFrame(() => {
    for (const target of targets) target?.scrollIntoView({ block: 'nearest' });
  });
}
