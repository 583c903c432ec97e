/** Finds the elements of a lab island by their `data-part` name (the markup is FunctionLab.astro). */

/** The element `[data-part=name]` inside `root`; throws when the markup lacks it (a build bug). */
export function labPart<T extends HTMLElement = HTMLElement>(root: HTMLElement, name: string): T {
  const element = root.querySelector<T>(`[data-part="${name}"]`);
  if (!element) throw new Error(`FunctionLab markup has no [data-part="${name}"]`);
  return element;
}

/** Local time of a log entry as HH:MM:SS.mmm. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}
