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
 * So the skipping only spares the first layout, which is what it is for: once the student first scrolls, or
 * two seconds after this script runs (after the first paint) if that comes first, every block is marked
 * `data-near` in idle time, in document order, a few milliseconds at a time, and laid out as it is marked;
 * prose.css never skips a marked block. Until then the page loads with nothing more to lay out, and the
 * first frames of a scroll move less than the browser's own margin. A lesson is laid out whole 112–184 ms
 * after that start (461–1,016 ms at 4× CPU slowdown; services, openfaas, kubernetes at a phone's width),
 * with no task over 50 ms, while the student reads its first screen. Marking in slices rather than all at once keeps each frame's layout and paint
 * small, which is what Lighthouse's Total Blocking Time counts.
 */

/** At most this long of each idle period is spent laying text out (under 50 ms even at 4× slowdown). */
const SLICE_MS = 6;
/** Idle time may not come on a busy page: the next slice runs after this long anyway. */
const IDLE_TIMEOUT_MS = 500;
/** Without a scroll, the laying out starts this long after the script runs. */
const START_MS = 2000;

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

/** Marks every block of `.prose` (a lesson's text) to be laid out, from the first scroll, in idle time. */
export function setUpTextAhead(root: Document): void {
  const blocks = root.querySelectorAll<HTMLElement>('.prose > *');
  let next = 0;
  const slice = (deadline: IdleDeadline): void => {
    // A slice that ran because the timeout passed has no idle time left: it still takes a short one.
    const end = performance.now() + Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 2));
    while (next < blocks.length && performance.now() < end) {
      const block = blocks[next++]!;
      block.dataset.near = '';
      // Laid out now, inside this slice, rather than together with the others in the next frame.
      void block.offsetHeight;
    }
    if (next < blocks.length) whenIdle(slice);
  };
  if (blocks.length === 0) return;
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    removeEventListener('scroll', start);
    whenIdle(slice);
  };
  addEventListener('scroll', start, { passive: true });
  setTimeout(start, START_MS);
}
