/**
 * Marks in the table of contents the section being read (`aria-current="location"`), following the
 * headings as they cross the top third of the window.
 */

/** Wires `details[data-toc]` to the headings it links to. */
export function setUpTocHighlight(root: Document): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('details[data-toc] a[href^="#"]')];
  const headings = links
    .map((link) => root.getElementById(decodeURIComponent(link.hash.slice(1))))
    .filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0 || typeof IntersectionObserver === 'undefined') return;
  const mark = (id: string): void => {
    for (const link of links) {
      if (decodeURIComponent(link.hash.slice(1)) === id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      const visible = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
      const first = visible.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0];
      if (first) mark(first.id);
    },
    { rootMargin: '0px 0px -66% 0px' },
  );
  for (const heading of headings) observer.observe(heading);
}
