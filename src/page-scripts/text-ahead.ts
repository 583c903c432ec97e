/**
 * Lays lesson text out before the reader reaches it. Text far below the first screen skips layout until it
 * nears the viewport (`content-visibility: auto`, src/styles/prose.css) and meanwhile keeps a placeholder
 * height. Chromium decides "near" (half a viewport around it) after a frame's layout and applies it in the
 * next frame, so when a scroll covers more than that between two painted frames (a fast fling, or a main
 * thread busy for a few frames while the student keeps scrolling) a block is painted at its placeholder
 * height and then grows, and what follows it moves. Measured on /en/course/openfaas/ at a phone's width
 * on a loaded machine: the search-term lab dropped 252–280 px (layout shift 0.14–0.17) as the paragraphs
 * above it grew from 5 lines to their real 4–10.
 *
 * So the skipping only spares the first layout, which is what it is for: once this script runs (after the
 * first paint), blocks within two screens of the viewport are marked `data-near` at once, and every other
 * block in idle time, a few milliseconds at a time in document order, each laid out as it is marked. A
 * marked block is never skipped again (prose.css), so within a few seconds of loading the whole lesson is
 * laid out, off screen, and no scroll or jump finds a placeholder.
 */

/** How far above and below the viewport text is laid out at once, in viewport heights. */
const AT_ONCE = '200%';
/** At most this long of each idle period is spent laying text out (a task under 50 ms even at 4× slowdown). */
const SLICE_MS = 8;
/** Idle time may not come on a busy page: the next slice runs after this long anyway. */
const IDLE_TIMEOUT_MS = 500;

type Idle = (run: (deadline: IdleDeadline) => void) => void;

const whenIdle: Idle =
  typeof requestIdleCallback === 'function'
    ? (run) => requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
    : (run) => {
        setTimeout(() => {
          const end = performance.now() + SLICE_MS;
          run({ didTimeout: true, timeRemaining: () => Math.max(0, end - performance.now()) });
        }, 50);
      };

/** Marks `.prose` blocks (a lesson's text) to be laid out: those near the viewport first, then the rest. */
export function setUpTextAhead(root: Document): void {
  const blocks = [...root.querySelectorAll<HTMLElement>('.prose > *')];
  if (blocks.length === 0) return;
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? null
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) if (entry.isIntersecting) mark(entry.target as HTMLElement);
          },
          { rootMargin: `${AT_ONCE} 0px` },
        );
  function mark(block: HTMLElement): void {
    block.dataset.near = '';
    observer?.unobserve(block);
  }
  for (const block of blocks) observer?.observe(block);

  let next = 0;
  const slice = (deadline: IdleDeadline): void => {
    // A slice that ran because the timeout passed has no idle time left: it still takes a short one.
    const end = performance.now() + Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 2));
    while (next < blocks.length && performance.now() < end) {
      const block = blocks[next++]!;
      if ('near' in block.dataset) continue;
      mark(block);
      // Laid out now, inside this slice, rather than all together in the next frame.
      void block.offsetHeight;
    }
    if (next < blocks.length) whenIdle(slice);
    else observer?.disconnect();
  };
  whenIdle(slice);
}
