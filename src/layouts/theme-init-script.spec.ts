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
function page(visibility: 'visible' | 'hidden') {
  const listeners: Record<string, Array<() => void>> = {};
  const frames: Array<() => void> = [];
  const tasks: Array<() => void> = [];
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
  const window = { matchMedia: () => ({ matches: false }) };
  runInNewContext(THEME_INIT_SCRIPT, {
    document,
    window,
    localStorage: { getItem: () => null },
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void) => tasks.push(fn),
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
});
