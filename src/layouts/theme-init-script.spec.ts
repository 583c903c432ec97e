import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { AFTER_PAINT_TYPE, THEME_INIT_SCRIPT } from './theme-init-script.mjs';

/** A created module script: its src, and the handlers the theme script gave it. */
interface FakeScript {
  type: string;
  async: boolean;
  src: string;
  onload: (() => void) | null;
  onerror: (() => void) | null;
}

/**
 * Runs the theme script against the least of a document it uses: two after-paint placeholders, a frame
 * that paints only when `paint()` is called, and events fired by hand. Nothing is timed.
 */
function page(visibility: 'visible' | 'hidden', paintTiming = false, navigation?: string) {
  const listeners: Record<string, Array<() => void>> = {};
  const frames: Array<() => void> = [];
  const tasks: Array<() => void> = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const started: FakeScript[] = [];
  const root = { dataset: {} as Record<string, string>, classList: { add: () => {} } };
  const placeholder = (src: string) => ({
    dataset: { src },
    replaceWith: (script: FakeScript) => started.push(script),
  });
  const document = {
    documentElement: root,
    visibilityState: visibility as string,
    addEventListener: (type: string, fn: () => void) => (listeners[type] ??= []).push(fn),
    querySelectorAll: (selector: string) => {
      expect(selector).toBe(`script[type="${AFTER_PAINT_TYPE}"]`);
      return [placeholder('/_astro/a.js'), placeholder('/_astro/b.js')];
    },
    createElement: (): FakeScript => ({ type: '', async: true, src: '', onload: null, onerror: null }),
  };
  // Paint Timing, when the browser has it: an observer told of each paint entry the page reports.
  const paintObservers: Array<(names: string[]) => void> = [];
  let disconnected = 0;
  class PerformanceObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    constructor(private readonly callback: (list: unknown, observer: PerformanceObserver) => void) {}
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'paint', buffered: true });
      paintObservers.push((names) =>
        this.callback({ getEntriesByName: (name: string) => names.filter((n) => n === name) }, this),
      );
    }
    disconnect() {
      disconnected++;
    }
  }
  const window = paintTiming
    ? { matchMedia: () => ({ matches: false }), PerformanceObserver }
    : { matchMedia: () => ({ matches: false }) };
  runInNewContext(THEME_INIT_SCRIPT, {
    document,
    window,
    localStorage: { getItem: () => null },
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms = 0) => (ms > 0 ? timers.push({ fn, ms }) : tasks.push(fn)),
    ...(navigation ? { performance: { getEntriesByType: () => [{ type: navigation }] } } : {}),
  });
  const fire = (type: string) => listeners[type]?.forEach((fn) => fn());
  return {
    root,
    started,
    fire,
    hide: () => {
      document.visibilityState = 'hidden';
      fire('visibilitychange');
    },
    paint: () => {
      frames.splice(0).forEach((fn) => fn());
      tasks.splice(0).forEach((fn) => fn());
    },
    /** The browser reports paint entries of these names (the frame has been presented). */
    report: (...names: string[]) => paintObservers.forEach((notify) => notify(names)),
    disconnected: () => disconnected,
    /** Time passes: the delayed timers fire; returns their delays. */
    wait: () => timers.splice(0).map(({ fn, ms }) => (fn(), ms)),
  };
}

describe('the theme script starts the page scripts', () => {
  it('after the document is parsed and a frame painted, in order, once', () => {
    const p = page('visible');
    p.fire('DOMContentLoaded');
    expect(p.started).toEqual([]);
    p.paint();
    expect(p.started.map((s) => [s.src, s.type, s.async])).toEqual([
      ['/_astro/a.js', 'module', false],
      ['/_astro/b.js', 'module', false],
    ]);
    p.hide();
    expect(p.started).toHaveLength(2);
  });

  it('in a tab hidden before its first frame (which never paints until shown)', () => {
    const p = page('visible');
    p.hide();
    p.fire('DOMContentLoaded');
    expect(p.started).toHaveLength(2);
    // Shown again: the frame it paints starts nothing more.
    p.paint();
    expect(p.started).toHaveLength(2);
  });

  it('in a tab opened hidden, as soon as the document is parsed', () => {
    const p = page('hidden');
    p.fire('DOMContentLoaded');
    expect(p.started).toHaveLength(2);
  });

  it('marks the page ready when every script ran, failed when one failed to load', () => {
    const ok = page('visible');
    ok.fire('DOMContentLoaded');
    ok.paint();
    ok.started[0]!.onload!();
    expect(ok.root.dataset.scripts).toBeUndefined();
    ok.started[1]!.onload!();
    expect(ok.root.dataset.scripts).toBe('ready');

    const failed = page('visible');
    failed.fire('DOMContentLoaded');
    failed.paint();
    failed.started[0]!.onerror!();
    failed.started[1]!.onload!();
    expect(failed.root.dataset.scripts).toBe('failed');
  });

  it('where Paint Timing exists, once the first contentful paint is reported, not at the frame before', () => {
    const p = page('visible', true);
    p.fire('DOMContentLoaded');
    // The frame is produced (requestAnimationFrame and the task after it) but not yet presented.
    p.paint();
    p.report('first-paint');
    expect(p.started).toEqual([]);
    p.report('first-contentful-paint');
    expect(p.started.map((s) => s.src)).toEqual(['/_astro/a.js', '/_astro/b.js']);
    expect(p.disconnected()).toBe(1);
    p.hide();
    expect(p.started).toHaveLength(2);
  });

  it('where Paint Timing exists, in a tab hidden before its first contentful paint', () => {
    const p = page('visible', true);
    p.fire('DOMContentLoaded');
    p.hide();
    expect(p.started).toHaveLength(2);
  });

  it('where Paint Timing exists but never reports, 3 s after the document is parsed', () => {
    const p = page('visible', true);
    p.fire('DOMContentLoaded');
    p.paint();
    expect(p.started).toEqual([]);
    expect(p.wait()).toEqual([3000]);
    expect(p.started).toHaveLength(2);
    p.report('first-contentful-paint');
    expect(p.started).toHaveLength(2);
  });
});

describe('the theme script marks a restored visit', () => {
  it('on a reload or a history step, where the browser restores the scroll offset', () => {
    expect(page('visible', false, 'reload').root.dataset.restored).toBe('');
    expect(page('visible', false, 'back_forward').root.dataset.restored).toBe('');
  });

  it('not on a new visit, nor where Navigation Timing is missing', () => {
    expect(page('visible', false, 'navigate').root.dataset.restored).toBeUndefined();
    expect(page('visible').root.dataset.restored).toBeUndefined();
  });
});
